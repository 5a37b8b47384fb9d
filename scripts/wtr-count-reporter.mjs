// A @web/test-runner reporter that writes how many tests passed and failed to the file named by
// WTR_COUNTS_FILE. The test orchestrator reads it, so a run where the browser never started
// (modernweb-dev/web#3019: "all tests passed" with nothing run) counts as zero tests, not success.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: 0, sessionErrors: 0 };
      for (const session of sessions) {
        counts.files += 1;
        countSuite(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.sessionErrors += 1;
      }
      const target = process.env.WTR_COUNTS_FILE;
      if (target) writeFileSync(target, JSON.stringify(counts));
    },
  };
}
