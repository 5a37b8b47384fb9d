// A web-test-runner plugin with one command, `ln-audit-page`: opens a page of the demo server
// (scripts/serve-demo.mjs, with its real CSP header) in a new tab of the test browser and reports
//   - every `securitypolicyviolation` (CSP and Trusted Types), recorded from before any script ran;
//   - page errors and console errors;
//   - every request that left the demo server's origin;
//   - which ln-* elements are not defined or not rendered, and which still show "loading";
//   - axe-core violations (run after the CSP check, so axe itself cannot pollute it).
// Test pages under test/browser/pages/ are served at /__test-pages__/ with the same headers.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, BUNDLE_FILE, PAGE_ROOT, createDemoHandler } from '../../../scripts/serve-demo.mjs';

const pages = fileURLToPath(new URL('../pages', import.meta.url));
const require = createRequire(import.meta.url);

export function demoAuditPlugin() {
  let server;
  let origin;
  let axeSource;

  async function start() {
    if (origin) return origin;
    const handler = createDemoHandler({
      mounts: { '/leernetwerk/': BUNDLE_DIR, '/__test-pages__/': pages, '/': PAGE_ROOT },
      log: () => {},
    });
    server = createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    return origin;
  }

  return {
    name: 'ln-demo-audit',
    async serverStop() {
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'ln-audit-page') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('ln-audit-page needs the Playwright launcher');
      if (!existsSync(join(BUNDLE_DIR, BUNDLE_FILE))) {
        return { missingBundle: `${join(BUNDLE_DIR, BUNDLE_FILE)} is missing — run \`pnpm build\` before the browser tests` };
      }
      axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
      const base = await start();
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.context().newPage();
      const requests = [];
      const pageErrors = [];
      const consoleErrors = [];
      const failed = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      page.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await page.addInitScript(() => {
        window.__lnViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__lnViolations.push({
            directive: e.violatedDirective,
            blockedURI: e.blockedURI,
            sample: e.sample,
            sourceFile: e.sourceFile,
            line: e.lineNumber,
          }),
        );
      });
      try {
        const response = await page.goto(base + (payload?.path ?? '/'), { waitUntil: 'load' });
        const csp = response?.headers()['content-security-policy'] ?? '';
        // Let elements upgrade and load their data (lazily imported default dataset included).
        await page
          .waitForFunction(
            () => {
              const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ln-'));
              return els.every(
                (e) => customElements.get(e.localName) && e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]'),
              );
            },
            undefined,
            { timeout: payload?.timeout ?? 8000, polling: 100 },
          )
          .catch(() => {});
        await page.waitForTimeout(200);
        const elements = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((e) => e.localName.startsWith('ln-'))
            .map((e) => ({
              tag: e.localName,
              defined: Boolean(customElements.get(e.localName)),
              rendered: Boolean(e.shadowRoot && e.shadowRoot.childNodes.length > 0),
              busy: Boolean(e.shadowRoot?.querySelector('[aria-busy="true"]')),
              alert: e.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
            })),
        );
        const violations = await page.evaluate(() => window.__lnViolations);
        await page.evaluate(axeSource);
        const axe = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
          }));
        });
        const foreign = requests.filter((u) => !u.startsWith(base + '/') && !u.startsWith('data:'));
        return { url: page.url(), csp, violations, pageErrors, consoleErrors, failed, foreign, requests, elements, axe };
      } finally {
        await page.close();
      }
    },
  };
}
