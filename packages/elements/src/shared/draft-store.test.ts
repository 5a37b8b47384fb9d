import { expect } from '@open-wc/testing';
import { DraftStore } from './draft-store.js';
import { MemoryStorage } from './testing/memory-storage.js';

const fakeStorage = () => {
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  return { session, local, storage: { session: () => session, local: () => local } };
};

let n = 0;
const name = () => `test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('DraftStore', () => {
  it('keeps drafts in sessionStorage by default and restores them', () => {
    const s = fakeStorage();
    const key = name();
    new DraftStore<{ what: string }>(key, { storage: s.storage }).save({ what: 'Hoe?' });
    expect(s.session.length).to.equal(1);
    expect(s.local.length).to.equal(0);
    const again = new DraftStore<{ what: string }>(key, { storage: s.storage });
    expect(again.load()).to.deep.equal({ what: 'Hoe?' });
    expect(again.backend).to.equal('session');
    expect(again.persistent).to.equal(false);
  });

  it('moves to localStorage only after opt-in, and back on opt-out', () => {
    const s = fakeStorage();
    const key = name();
    const store = new DraftStore<string>(key, { storage: s.storage });
    store.save('concept');
    expect(store.setPersistent(true)).to.equal(true);
    expect(s.local.length).to.equal(1);
    expect(s.session.length).to.equal(0);
    const later = new DraftStore<string>(key, { storage: s.storage });
    expect(later.load()).to.equal('concept');
    expect(later.persistent).to.equal(true);
    later.setPersistent(false);
    expect(s.local.length).to.equal(0);
    expect(s.session.length).to.equal(1);
  });

  it('clears every copy after a successful send', () => {
    const s = fakeStorage();
    const store = new DraftStore<string>(name(), { storage: s.storage });
    store.save('x');
    store.setPersistent(true);
    store.clear();
    expect(s.local.length + s.session.length).to.equal(0);
    expect(store.load()).to.equal(undefined);
  });

  it('drops expired local drafts', () => {
    const s = fakeStorage();
    const key = name();
    let now = 1_000;
    const store = new DraftStore<string>(key, { storage: s.storage, now: () => now, maxAgeMs: 100 });
    store.setPersistent(true, 'oud');
    now = 2_000;
    expect(new DraftStore<string>(key, { storage: s.storage, now: () => now, maxAgeMs: 100 }).load()).to.equal(undefined);
    expect(s.local.length).to.equal(0);
  });

  it('falls back to memory when storage is disabled and says so', () => {
    const key = name();
    const denied = {
      session: (): Storage => {
        throw new DOMException('denied', 'SecurityError');
      },
      local: (): Storage => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = new DraftStore<string>(key, { storage: denied });
    expect(store.load()).to.equal(undefined);
    expect(store.memoryOnly).to.equal(true);
    store.save('in geheugen');
    expect(new DraftStore<string>(key, { storage: denied }).load()).to.equal('in geheugen');
    expect(store.setPersistent(true)).to.equal(false);
    expect(store.memoryOnly).to.equal(true);
  });

  it('falls back to memory when a write hits the quota', () => {
    const s = fakeStorage();
    const key = name();
    s.session.failWrites = true;
    const store = new DraftStore<string>(key, { storage: s.storage });
    store.save('groot');
    expect(store.memoryOnly).to.equal(true);
    expect(store.backend).to.equal('memory');
    expect(new DraftStore<string>(key, { storage: s.storage }).load()).to.equal('groot');
  });

  it('ignores corrupt stored values', () => {
    const s = fakeStorage();
    const key = name();
    s.session.setItem(`leernetwerk:draft:${key}`, '{not json');
    expect(new DraftStore<string>(key, { storage: s.storage }).load()).to.equal(undefined);
  });

  it('works with the real sessionStorage', () => {
    const key = name();
    const store = new DraftStore<number[]>(key);
    store.save([1, 2]);
    expect(sessionStorage.getItem(`leernetwerk:draft:${key}`)).to.contain('[1,2]');
    store.clear();
    expect(sessionStorage.getItem(`leernetwerk:draft:${key}`)).to.equal(null);
  });
});
