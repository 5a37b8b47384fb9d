// The municipality demo as served by scripts/serve-demo.mjs (real CSP + Trusted Types header),
// after `pnpm build`. Needs dist/cdn: fails with a clear message when it is missing.
import { expect } from '@open-wc/testing';
import { auditPage, show, type Audit } from './audit.js';

const WIDGETS = ['ln-agenda-browser', 'ln-question-form', 'ln-offering-finder', 'ln-offering-form', 'ln-gap-map'];

describe('municipality demo under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);
  let audit: Audit;

  before(async () => {
    audit = await auditPage('/');
  });

  it('is served with the strict policy', () => {
    expect(audit.csp).to.contain("script-src 'self'");
    expect(audit.csp).to.contain("style-src 'self'");
    expect(audit.csp).to.contain("require-trusted-types-for 'script'");
    expect(audit.csp).to.match(/trusted-types lit-html/);
  });

  it('causes zero CSP or Trusted Types violations and no script errors', () => {
    expect(audit.violations, show(audit.violations)).to.deep.equal([]);
    expect(audit.pageErrors, show(audit.pageErrors)).to.deep.equal([]);
    expect(audit.failed, show(audit.failed)).to.deep.equal([]);
    expect(audit.consoleErrors, show(audit.consoleErrors)).to.deep.equal([]);
  });

  it('requests nothing from any other origin', () => {
    expect(audit.foreign, show(audit.foreign)).to.deep.equal([]);
    expect(audit.requests.some((u) => u.endsWith('/leernetwerk/leernetwerk.js'))).to.equal(true);
  });

  it('loads the default dataset as a sibling chunk of the bundle', () => {
    const chunk = audit.requests.find((u) => /\/leernetwerk\/leernetwerk-dataset-[\w-]+\.js$/.test(u));
    expect(chunk, show(audit.requests)).to.be.a('string');
  });

  it('embeds every widget, each defined, rendered and done loading without errors', () => {
    const tags = audit.elements.map((e) => e.tag);
    for (const tag of [...WIDGETS, 'ln-provider']) expect(tags, `${tag} is on the page`).to.include(tag);
    const problems = audit.elements.filter((e) => !e.defined || !e.rendered || e.busy || e.alert);
    expect(problems, show(problems)).to.deep.equal([]);
  });

  it('has zero axe violations', () => {
    expect(audit.axe, show(audit.axe)).to.deep.equal([]);
  });
});
