// Loading the embed bundle twice (two module instances, e.g. two CMS blocks) must break nothing:
// tags already defined are skipped, Lit's Trusted Types policy may be created twice.
import { expect, waitUntil } from '@open-wc/testing';
import { auditPage, show } from './audit.js';

const BUNDLE = '/packages/elements/dist/cdn/leernetwerk.js';

describe('the embed bundle loaded twice', function () {
  this.timeout(30_000);

  it('registers each tag once and keeps working (plain page)', async () => {
    const exists = await fetch(BUNDLE, { method: 'HEAD' });
    if (!exists.ok) throw new Error(`${BUNDLE} is missing — run \`pnpm build\` before the browser tests`);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const first = await import(/* @vite-ignore */ `${BUNDLE}?first`);
    const providerClass = customElements.get('ln-provider');
    const second = await import(/* @vite-ignore */ `${BUNDLE}?second`);
    window.removeEventListener('error', onError);

    expect(first).to.not.equal(second);
    expect(providerClass).to.be.a('function');
    expect(customElements.get('ln-provider')).to.equal(providerClass);
    expect(errors).to.deep.equal([]);

    // The second copy's API still works and talks to the first copy's provider via context events.
    const provider = document.createElement('ln-provider') as HTMLElement & { data: { status: string } };
    document.body.append(provider);
    await waitUntil(() => provider.data.status === 'ready', 'the default dataset did not load', { timeout: 8000 });
    // English is a lazy chunk of the bundle: loaded on first use.
    await second.messagesReady('en');
    expect(second.msg('en').common.retry).to.equal('Try again');
    provider.remove();
  });

  it('causes no CSP, Trusted Types or script errors under the strict policy', async () => {
    const audit = await auditPage('/__test-pages__/twice.html');
    expect(audit.violations, show(audit.violations)).to.deep.equal([]);
    expect(audit.pageErrors, show(audit.pageErrors)).to.deep.equal([]);
    expect(audit.failed, show(audit.failed)).to.deep.equal([]);
    expect(audit.consoleErrors, show(audit.consoleErrors)).to.deep.equal([]);
    expect(audit.requests.filter((u) => u.includes('/leernetwerk/leernetwerk.js')).length).to.equal(2);
    const broken = audit.elements.filter((e) => e.defined && (!e.rendered || e.alert));
    expect(broken, show(broken)).to.deep.equal([]);
    expect(audit.elements.find((e) => e.tag === 'ln-provider')?.defined).to.equal(true);
  });
});
