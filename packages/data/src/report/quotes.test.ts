import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '@leernetwerk/sdk';
import { defaultDataset } from '../dataset.js';

const REPORT = join('shared', 'seed', '000_dc5f285ec86f53cf.txt');

/** The report sits in `shared/` beside the repository (or above it); look upwards for it. */
function findReport(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, REPORT);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Plain text: no markdown emphasis, links or html tags; one kind of apostrophe; single spaces. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?b>|\*+/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where each citation starts in the report text, in reading order; a section runs to the next start.
 * The organisational gaps section is headed "2.2 Lacunes in het organiseren van leren" by mistake;
 * the table of contents and its place in chapter 3 make it 3.2.
 */
const SECTION_STARTS: [citation: string, heading: string][] = [
  ['samenvatting', '## Samenvatting'],
  ['1', '# 1 Inleiding'],
  ['1.1', '## 1.1 Leernetwerk'],
  ['1.2', '## 1.2 Definitie'],
  ['1.3', '## 1.3 Projectdoel'],
  ['1.4', '## 1.4 Werkwijze'],
  ['2.1', '### 2.1 Reflectie'],
  ['2.2', '## 2.2 Reflectie'],
  ['tabel 2.1', 'Tabel 2.1:'],
  ['2.2', 'Deze zeven prioritaire vraagstukken zijn'],
  ['2.3', '## 2.3 Reflectie'],
  ['3', '### 3 Witte vlekken'],
  ['3.1', '#### 3.1 Inhoudelijke lacunes'],
  ['3.2', '## 2.2 Lacunes in het organiseren van leren'],
  ['4', '## 4 Aanbevelingen'],
  ['4.1', '### 4.1 Doelen'],
  ['4.2', '## 4.2 Organisatie'],
  ['4.3', '### 4.3 Advies'],
  ['4.4', '#### 4.4 Tot slot'],
  ['bijlage 1', '## **Bijlage 1'],
  ['bijlage 4, tabel B4.1', 'Tabel B4.1:'],
  ['bijlage 4, tabel B4.2', 'Tabel B4.2:'],
  ['bijlage 4, tabel B4.3', 'Tabel B4.3:'],
  ['bijlage 4, tabel B4.4', 'Tabel B4.4:'],
];

function sectionTexts(report: string): Map<string, string> {
  const starts = SECTION_STARTS.map(([citation, heading]) => {
    const at = report.indexOf(heading, report.indexOf('## Samenvatting\n'));
    assert.ok(at >= 0, `heading not found: ${heading}`);
    return { citation, at };
  });
  const texts = new Map<string, string>();
  starts.forEach(({ citation, at }, i) => {
    const end = starts[i + 1]?.at ?? report.length;
    assert.ok(end > at, `headings out of order at ${citation}`);
    texts.set(citation, (texts.get(citation) ?? '') + ' ' + plain(report.slice(at, end)));
  });
  return texts;
}

function* sources(value: unknown, path = ''): Generator<[string, Source]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* sources(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (key === 'source') yield [here, item as Source];
      else yield* sources(item, here);
    }
  }
}

const report = findReport();

test('every quote stands verbatim in the section it cites', { skip: report ? false : 'report text not found beside the repository' }, () => {
  const sections = sectionTexts(report ?? '');
  let checked = 0;
  for (const [path, source] of sources(defaultDataset)) {
    const text = sections.get(source.section);
    assert.ok(text, `${path}: unknown section ${source.section}`);
    if (!source.quote) continue;
    for (const fragment of source.quote.split(' … ')) {
      assert.ok(text.includes(plain(fragment)), `${path}: quote not in section ${source.section}: ${fragment.slice(0, 80)}`);
      checked++;
    }
  }
  assert.ok(checked > 60, `only ${checked} quotes checked`);
});
