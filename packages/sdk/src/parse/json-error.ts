/**
 * Where JSON text first goes wrong, as an offset, or -1 when it is valid JSON. Engines word and
 * place their `JSON.parse` errors differently, so we find the place ourselves. No recursion:
 * deeply nested input is fine.
 *
 * @example
 * locateJsonError('{"a":}'); // 5
 */
export function locateJsonError(text: string): number {
  const scanner = new Scanner(text);
  return scanner.run() ? -1 : scanner.pos;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

class Scanner {
  pos = 0;
  private readonly stack: Array<'[' | '{'> = [];

  constructor(private readonly text: string) {}

  run(): boolean {
    let expect: Expect = 'value';
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length) return expect === 'end';
      const c = this.text[this.pos]!;
      switch (expect) {
        case 'end':
          return false;
        case 'colon':
          if (c !== ':') return false;
          this.pos += 1;
          expect = 'value';
          break;
        case 'key':
        case 'key-or-close':
          if (c === '}' && expect === 'key-or-close') {
            expect = this.close();
          } else {
            if (c !== '"' || !this.string()) return false;
            expect = 'colon';
          }
          break;
        case 'comma-or-close': {
          const open = this.stack[this.stack.length - 1];
          if (c === ',') {
            this.pos += 1;
            expect = open === '[' ? 'value' : 'key';
          } else if ((c === ']' && open === '[') || (c === '}' && open === '{')) {
            expect = this.close();
          } else {
            return false;
          }
          break;
        }
        case 'value':
        case 'value-or-close':
          if (c === ']' && expect === 'value-or-close') {
            expect = this.close();
          } else if (c === '[' || c === '{') {
            this.stack.push(c);
            this.pos += 1;
            expect = c === '[' ? 'value-or-close' : 'key-or-close';
          } else {
            if (!this.scalar(c)) return false;
            expect = this.afterValue();
          }
          break;
      }
    }
  }

  private close(): Expect {
    this.stack.pop();
    this.pos += 1;
    return this.afterValue();
  }

  private afterValue(): Expect {
    return this.stack.length === 0 ? 'end' : 'comma-or-close';
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos += 1;
  }

  private scalar(c: string): boolean {
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (word[0] === c) return this.word(word);
    }
    return false;
  }

  private word(word: string): boolean {
    for (const ch of word) {
      if (this.text[this.pos] !== ch) return false;
      this.pos += 1;
    }
    return true;
  }

  private string(): boolean {
    this.pos += 1;
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        this.pos += 1;
        const e = this.text[this.pos];
        if (e === 'u') {
          for (let i = 0; i < 4; i += 1) {
            this.pos += 1;
            if (!/^[0-9a-fA-F]$/.test(this.text[this.pos] ?? '')) return false;
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          return false;
        }
      }
      this.pos += 1;
    }
    return false;
  }

  private number(): boolean {
    if (this.text[this.pos] === '-') this.pos += 1;
    if (this.text[this.pos] === '0') this.pos += 1;
    else if (!this.digits()) return false;
    if (this.text[this.pos] === '.') {
      this.pos += 1;
      if (!this.digits()) return false;
    }
    if (this.text[this.pos] === 'e' || this.text[this.pos] === 'E') {
      this.pos += 1;
      if (this.text[this.pos] === '+' || this.text[this.pos] === '-') this.pos += 1;
      if (!this.digits()) return false;
    }
    return true;
  }

  /** At least one digit. */
  private digits(): boolean {
    const start = this.pos;
    while (this.pos < this.text.length && this.text[this.pos]! >= '0' && this.text[this.pos]! <= '9') this.pos += 1;
    return this.pos > start;
  }
}

/**
 * 1-based line and column of an offset (columns count UTF-16 code units, like most editors).
 *
 * @example
 * lineAndColumn('{\n  x\n}', 4); // { line: 2, column: 3 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
