// Browser tests: Chromium from the system (never downloaded), TypeScript through esbuild with
// Lit's legacy decorators, workspace packages resolved to their sources (export condition `source`).
// Test files: packages/elements/src/**/*.test.ts and test/browser/**/*.test.ts.
// Filter while developing: npx web-test-runner "packages/elements/src/provider/**/*.test.ts"
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { testRoutes } from './test/browser/server/test-routes.mjs';
import { demoAuditPlugin } from './test/browser/server/demo-audit.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: '.',
  files: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [testRoutes()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    demoAuditPlugin(),
  ],
  reporters: [defaultReporter(), countReporter()],
};
