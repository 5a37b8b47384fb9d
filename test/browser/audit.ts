// Shared by the demo and bundle tests: runs the `ln-audit-page` server command
// (test/browser/server/demo-audit.mjs) and fails clearly when the bundle was not built.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Audit {
  url: string;
  csp: string;
  violations: { directive: string; blockedURI: string; sample: string; sourceFile: string; line: number }[];
  pageErrors: string[];
  consoleErrors: string[];
  /** Responses with status >= 400, as 'status url'. */
  failed: string[];
  foreign: string[];
  requests: string[];
  elements: { tag: string; defined: boolean; rendered: boolean; busy: boolean; alert: string | null }[];
  axe: { id: string; impact: string; help: string; targets: string[] }[];
}

export async function auditPage(path: string): Promise<Audit> {
  const result = await executeServerCommand<Audit & { missingBundle?: string }, { path: string }>('ln-audit-page', { path });
  if (!result) throw new Error('ln-audit-page returned nothing: is demoAuditPlugin in web-test-runner.config.mjs?');
  if (result.missingBundle) throw new Error(result.missingBundle);
  return result;
}

export const show = (value: unknown) => JSON.stringify(value, null, 2);
