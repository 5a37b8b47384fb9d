/**
 * Keeps a form draft so a reload or a slip of the finger loses nothing.
 *
 * - By default in `sessionStorage` (gone when the tab closes): drafts may hold a name or e-mail.
 * - In `localStorage` only after the person opts in ("keep on this device"); opting out moves
 *   the draft back and removes the local copy.
 * - When storage is unavailable or throws (disabled, quota, Safari private mode), the draft is
 *   kept in memory for this page only and `memoryOnly` is true, so the widget can say so.
 * - `clear()` after a successful send removes every copy.
 */
export type DraftBackend = 'session' | 'local' | 'memory';

export interface DraftStoreOptions {
  /** Storage access, for tests; each getter may throw like `window.localStorage` can. */
  readonly storage?: { session: () => Storage; local: () => Storage };
  /** Local drafts older than this are dropped on load. Default 30 days. */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
}

interface Envelope<T> {
  readonly v: 1;
  readonly savedAt: number;
  readonly draft: T;
}

const PREFIX = 'leernetwerk:draft:';
const memory = new Map<string, string>();

const defaultStorage = {
  session: () => window.sessionStorage,
  local: () => window.localStorage,
};

export class DraftStore<T> {
  readonly key: string;
  #backend: DraftBackend = 'session';
  #memoryOnly = false;
  readonly #storage: { session: () => Storage; local: () => Storage };
  readonly #maxAge: number;
  readonly #now: () => number;

  /** `name` identifies the form, e.g. 'question-form' (plus an instance id if a page has two). */
  constructor(name: string, options: DraftStoreOptions = {}) {
    this.key = PREFIX + name;
    this.#storage = options.storage ?? defaultStorage;
    this.#maxAge = options.maxAgeMs ?? 30 * 24 * 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Where the draft lives now. */
  get backend(): DraftBackend {
    return this.#backend;
  }

  /** True when the browser refused storage and the draft lives in memory only. */
  get memoryOnly(): boolean {
    return this.#memoryOnly;
  }

  /** True when the person chose "keep on this device". */
  get persistent(): boolean {
    return this.#backend === 'local';
  }

  #try<R>(kind: 'session' | 'local', fn: (s: Storage) => R): { ok: true; value: R } | { ok: false } {
    try {
      return { ok: true, value: fn(this.#storage[kind]()) };
    } catch {
      return { ok: false };
    }
  }

  #parse(raw: string | null | undefined): Envelope<T> | undefined {
    if (!raw) return undefined;
    try {
      const env = JSON.parse(raw) as Envelope<T>;
      return env && env.v === 1 && 'draft' in env ? env : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Returns the saved draft, if any, and remembers where it was found (a draft found in
   * localStorage means the person had opted in earlier).
   */
  load(): T | undefined {
    const local = this.#try('local', (s) => s.getItem(this.key));
    if (local.ok) {
      const env = this.#parse(local.value);
      if (env && this.#now() - env.savedAt <= this.#maxAge) {
        this.#backend = 'local';
        return env.draft;
      }
      if (local.value) this.#try('local', (s) => s.removeItem(this.key));
    }
    const session = this.#try('session', (s) => s.getItem(this.key));
    if (session.ok) {
      const env = this.#parse(session.value);
      if (env) {
        this.#backend = 'session';
        return env.draft;
      }
    } else {
      this.#memoryOnly = true;
      this.#backend = 'memory';
    }
    const env = this.#parse(memory.get(this.key));
    return env?.draft;
  }

  /** Saves the draft where it belongs; on a storage error falls back to memory. */
  save(draft: T): void {
    const raw = JSON.stringify({ v: 1, savedAt: this.#now(), draft } satisfies Envelope<T>);
    if (this.#backend !== 'memory') {
      const kind = this.#backend;
      const ok = this.#try(kind, (s) => s.setItem(this.key, raw)).ok;
      if (ok) return;
      this.#memoryOnly = true;
      this.#backend = 'memory';
    }
    memory.set(this.key, raw);
  }

  /**
   * "Keep on this device": moves the current draft to localStorage (on) or back to
   * sessionStorage and removes the local copy (off). Returns false when storage refused.
   */
  setPersistent(on: boolean, draft?: T): boolean {
    const from = this.#backend;
    const to: 'session' | 'local' = on ? 'local' : 'session';
    if (from === to) return true;
    const current = draft ?? this.#currentDraft(from);
    this.#backend = to;
    this.#memoryOnly = false;
    if (current !== undefined) this.save(current);
    if ((this.#backend as DraftBackend) === 'memory') return false; // save() fell back
    // Remove the copy in the place we left, so a draft is never in two places.
    if (from === 'local' || from === 'session') this.#try(from, (s) => s.removeItem(this.key));
    memory.delete(this.key);
    return true;
  }

  #currentDraft(from: DraftBackend): T | undefined {
    if (from === 'memory') return this.#parse(memory.get(this.key))?.draft;
    const r = this.#try(from, (s) => s.getItem(this.key));
    return r.ok ? this.#parse(r.value)?.draft : undefined;
  }

  /** Removes the draft everywhere (after a successful send, or "discard draft"). */
  clear(): void {
    this.#try('session', (s) => s.removeItem(this.key));
    this.#try('local', (s) => s.removeItem(this.key));
    memory.delete(this.key);
    if (this.#backend === 'local') this.#backend = 'session';
  }
}
