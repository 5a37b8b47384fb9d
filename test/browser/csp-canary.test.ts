// Proves the audit can fail: a page that breaks the policy on purpose must yield violations.
import { expect } from '@open-wc/testing';
import { auditPage } from './audit.js';

describe('CSP audit canary', function () {
  this.timeout(30_000);

  it('reports inline scripts, inline styles and Trusted Types violations', async () => {
    const audit = await auditPage('/__test-pages__/csp-canary.html');
    const directives = audit.violations.map((v) => v.directive);
    expect(directives).to.include('script-src-elem');
    expect(directives).to.include('style-src-elem');
    expect(directives).to.include('require-trusted-types-for');
  });
});
