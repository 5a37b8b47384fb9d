import { expect } from '@open-wc/testing';
import { OfferingFormController } from './offering-form.controller.js';
import { cleanDraft, fieldOf, slugify, toCandidate } from './offering-form.draft.js';
import { finderDataset } from '../offering-finder/testing/finder-data.js';
import { HostStub } from '../shared/testing/host-stub.js';

const refusing = () => {
  throw new DOMException('denied', 'SecurityError');
};

function setup(storage?: { session: () => Storage; local: () => Storage }) {
  const host = new HostStub();
  const controller = new OfferingFormController(host, {
    dataset: () => finderDataset,
    draftName: () => 'offering-form:stub',
    ...(storage ? { draftStorage: storage } : {}),
  });
  host.connect();
  return { host, controller };
}

const complete = {
  titleNl: '  Leerkring Oost ',
  provider: 'Gemeente Voorbeeldstad',
  descriptionNl: 'Samen leren in de wijk.',
  themes: ['safety'],
  targetGroups: ['resident'],
  learningForms: ['learning-circle'],
  direction: ['vertical'],
  domainScope: ['cross-domain'],
  scale: ['local'],
};

describe('offering form draft helpers', () => {
  it('makes URL-safe ids from titles', () => {
    expect(slugify('Leerkring “Wijkaanpak” Één & co')).to.equal('leerkring-wijkaanpak-een-en-co');
    expect(slugify('   ')).to.equal('');
    const long = slugify('Een heel lange naam van een leeraanbod over leefbaarheid en veiligheid in de wijk');
    expect(long.length).to.be.at.most(60);
    expect(long.endsWith('-')).to.equal(false);
  });

  it('leaves out empty optional fields, trims text and maps problems back to fields', () => {
    const candidate = toCandidate({ ...complete, url: '  ', titleEn: '', sourceQuote: 'citaat' });
    expect(candidate).to.not.have.property('url');
    expect(candidate['title']).to.deep.equal({ nl: 'Leerkring Oost' });
    expect(candidate['id']).to.equal('leerkring-oost');
    expect(candidate['source']).to.deep.equal({ section: '', quote: 'citaat' });
    expect(fieldOf({ path: ['source', 'section'], where: '', code: 'too-short', params: {} })).to.equal('sourceSection');
    expect(fieldOf({ path: ['title', 'en'], where: '', code: 'too-short', params: {} })).to.equal('titleEn');
    expect(fieldOf({ path: ['themes', 0], where: '', code: 'unknown-theme', params: {} })).to.equal('themes');
  });

  it('keeps only known fields of the right kind from a stored draft', () => {
    expect(cleanDraft({ titleNl: 'x', themes: ['a', 3], colour: 'red', scale: 'local' })).to.deep.equal({ titleNl: 'x', themes: ['a'] });
    expect(cleanDraft('nonsense')).to.deep.equal({});
  });
});

describe('OfferingFormController (bare host)', () => {
  beforeEach(() => sessionStorage.clear());

  it('saves every change, reviews with parseOffering, and follows edits after a failed check', () => {
    const { controller } = setup();
    controller.update({ titleNl: 'Leerkring' });
    expect(JSON.parse(sessionStorage.getItem('leernetwerk:draft:offering-form:stub')!).draft).to.deep.equal({ titleNl: 'Leerkring' });
    expect(controller.review()).to.equal(false);
    expect(controller.state.status).to.equal('editing');
    const before = controller.state.problems.length;
    controller.update({ provider: 'X' });
    expect(controller.state.problems.length).to.equal(before - 1);
    controller.update(complete);
    expect(controller.state.problems).to.deep.equal([]);
    expect(controller.review()).to.equal(true);
    expect(controller.state.status).to.equal('review');
    expect(controller.state.validated!.id).to.equal('leerkring-oost');
  });

  it('checks references against the catalogue', () => {
    const { controller } = setup();
    controller.update({ ...complete, themes: ['no-such-theme'], network: 'no-such-network' });
    expect(controller.review()).to.equal(false);
    expect(controller.state.problems.map((p) => p.code)).to.deep.equal(['unknown-theme', 'unknown-network']);
  });

  it('keeps the draft in memory when the browser refuses storage', () => {
    const { controller } = setup({ session: refusing, local: refusing });
    controller.update({ titleNl: 'Alleen in het geheugen' });
    expect(controller.state.draftStatus.memoryOnly).to.equal(true);
    const again = setup({ session: refusing, local: refusing });
    expect(again.controller.state.draft.titleNl).to.equal('Alleen in het geheugen');
    again.controller.reset();
  });

  it('sends only after a valid check and fires a cancelable event', async () => {
    const { host, controller } = setup();
    controller.update(complete);
    let detail: unknown;
    host.addEventListener('ln-offering-submit', (e) => {
      detail = (e as CustomEvent).detail;
      e.preventDefault();
    });
    const result = await controller.send();
    expect(result).to.deep.equal({ status: 'handled' });
    expect(detail).to.deep.equal({ offering: controller.state.validated });
    expect(controller.state.status).to.equal('sent');
    expect(sessionStorage.getItem('leernetwerk:draft:offering-form:stub')).to.equal(null);
  });
});
