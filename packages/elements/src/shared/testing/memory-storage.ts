/** A `Storage` in memory for draft tests: `failWrites` throws on writes (quota), `refuse` on every access (blocked storage). */
export class MemoryStorage implements Storage {
  #data = new Map<string, string>();
  failWrites = false;
  refuse = false;
  get length() {
    return this.#data.size;
  }
  clear() {
    this.#data.clear();
  }
  getItem(k: string) {
    if (this.refuse) throw new DOMException('denied', 'SecurityError');
    return this.#data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.refuse || this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.#data.set(k, v);
  }
}
