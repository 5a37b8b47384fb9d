import { expect } from '@open-wc/testing';
import { PIECE, parseJsonInSlices } from './json-in-slices.js';

/** A large, varied document: nested records, escapes, unicode, numbers, literals, a __proto__ key. */
function bigDocument(records: number): unknown {
  return {
    schemaVersion: 1,
    note: 'quote " backslash \\ slash / newline \n tab \t unicode é ✓ 🙂 \u2028',
    offerings: Array.from({ length: records }, (_, i) => ({
      id: `offering-${i}`,
      title: `Leerkring ${i} "met" {haakjes} [en] , komma's \\ ${'x'.repeat(i % 50)}`,
      score: i / 7,
      big: i * 1e21,
      negative: -i,
      flags: [true, false, null, i % 3 === 0],
      nested: { deeper: { list: [i, `${i}`, { k: [] }], empty: {} } },
    })),
    numbers: Array.from({ length: 5000 }, (_, i) => (i % 2 ? i : -i * 0.5)),
    empty: [],
    bare: {},
  };
}

describe('parseJsonInSlices', () => {
  it('gives what JSON.parse gives, for a large document in many slices, whatever the spacing', async () => {
    const doc = bigDocument(3000);
    for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2), ` \n${JSON.stringify(doc, null, '\t')}\r\n `]) {
      expect(text.length).to.be.above(PIECE * 4);
      let pauses = 0;
      const parsed = await parseJsonInSlices(text, {
        sliceMs: 0,
        pause: async () => {
          pauses++;
        },
      });
      expect(parsed).to.deep.equal(JSON.parse(text));
      expect(pauses, 'the work was spread over several tasks').to.be.above(0);
    }
  });

  it('keeps a "__proto__" key as an own property, like JSON.parse', async () => {
    const text = `{"__proto__": {"polluted": true}, "pad": ${JSON.stringify('p'.repeat(PIECE))}, "list": [${Array.from({ length: 2000 }, () => '{"__proto__": 1}').join(',')}]}`;
    const parsed = (await parseJsonInSlices(text)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(parsed).to.deep.equal(JSON.parse(text));
  });

  it('parses primitives and small documents directly', async () => {
    for (const text of ['1', '"a"', 'null', '[]', '{"a":[1,2]}']) expect(await parseJsonInSlices(text)).to.deep.equal(JSON.parse(text));
  });

  it('rejects invalid JSON with a SyntaxError, wherever the fault is', async () => {
    const good = JSON.stringify(bigDocument(1500));
    const faults = [
      good.slice(0, -1), // unterminated
      `${good} x`, // trailing input
      good.replace('"offering-700"', '"offering-700",'), // stray comma inside a record
      good.replace('"schemaVersion":1,', '"schemaVersion":1,,'), // stray comma between large parts
      good.replace('"numbers":[', '"numbers":[01,'), // invalid number
      good.replace('"note":', '"note"'), // missing colon
    ];
    for (const text of faults) {
      let error: unknown;
      try {
        await parseJsonInSlices(text);
      } catch (e) {
        error = e;
      }
      expect(error, text.slice(0, 40)).to.be.instanceOf(SyntaxError);
    }
  });

  it('stops between slices when the signal aborts', async () => {
    const controller = new AbortController();
    const text = JSON.stringify(bigDocument(3000));
    let pauses = 0;
    const parsing = parseJsonInSlices(text, {
      signal: controller.signal,
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 2) controller.abort(new DOMException('new src', 'AbortError'));
      },
    });
    let error: unknown;
    try {
      await parsing;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('AbortError');
    expect(pauses).to.equal(2);
  });
});
