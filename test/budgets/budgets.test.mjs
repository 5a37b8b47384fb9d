// Byte budgets of what a municipality's page downloads. Run after `pnpm build` (part of `pnpm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import {
  KB,
  LIT_DEV_MARKERS,
  ZOD_LOCALE_MARKERS,
  bundleSdk,
  cdnDir,
  cdnFiles,
  datasetMarkers,
  embedMain,
  embedPages,
  englishMarkers,
  gzipSize,
  messagesChunkLang,
  requireBuilt,
  root,
} from './measure.mjs';

// Two numbers per budget. The goal is what issue #4 asks for (45 kB embed, 14 kB SDK) and is not
// reached yet: the test reports how far off it is. The ceiling is enforced: today's size plus a few
// per cent, so a build that grows the bundle fails. Lower a ceiling whenever the size drops; never
// raise it without a reason in the commit message.
// The embed budget is what a page with every widget downloads in its language: the main file and
// its lazy chunks, without the dataset chunk and without other languages' message chunks.
const EMBED_PAGE_GZIP = {
  nl: { goal: 45 * KB, ceiling: 108 * KB },
  en: { goal: 45 * KB, ceiling: 120 * KB },
};
const SDK_GZIP = { goal: 14 * KB, ceiling: 54 * KB };

function checkBudget(t, what, size, { goal, ceiling }) {
  const kb = (n) => `${(n / KB).toFixed(1)} kB`;
  t.diagnostic(`${what}: ${kb(size)} gzip; goal ${kb(goal)} (${size <= goal ? 'met' : `${(size / goal).toFixed(2)}x the goal`}); ceiling ${kb(ceiling)}`);
  assert.ok(size <= ceiling, `${what} is ${size} bytes gzip, over its ceiling of ${ceiling}`);
}

const readCdn = () => {
  requireBuilt(embedMain);
  return cdnFiles().map((file) => ({ file, text: readFileSync(join(cdnDir, file), 'utf8') }));
};

test('gzip sizes are deterministic: the same bytes give the same number', () => {
  const main = requireBuilt(embedMain);
  assert.equal(gzipSize(main), gzipSize(Buffer.from(main)));
});

test('a page with every widget, in Dutch and in English, stays under its gzip ceiling', async (t) => {
  requireBuilt(embedMain);
  const pages = await embedPages();
  assert.deepEqual(pages.map((p) => p.lang).sort(), Object.keys(EMBED_PAGE_GZIP).sort(), 'one budget per language of the bundle');
  for (const { lang, files, sizes } of pages) {
    checkBudget(t, `embed bundle, ${lang} page (${files.join(' + ')})`, sizes.gzip, EMBED_PAGE_GZIP[lang]);
  }
});

test('English is a lazy chunk: a Dutch page does not download it', async () => {
  const files = readCdn();
  const main = files.find((f) => join(cdnDir, f.file) === embedMain);
  const english = files.filter((f) => messagesChunkLang(f.file) === 'en');
  assert.equal(english.length, 1, `one English message chunk in ${relative(root, cdnDir)}`);
  const chunk = english[0].file.replaceAll('.', '\\.');
  // Asserted with ok(): a failing match would print the whole main file.
  assert.ok(!new RegExp(`(?:from|import)\\s*["']\\./${chunk}`).test(main.text), 'the main file imports English statically');
  assert.ok(new RegExp(`import\\(\\s*["']\\./${chunk}`).test(main.text), 'the main file does not load English with a dynamic import');
  const markers = await englishMarkers();
  assert.ok(markers.length >= 6, 'the English messages should offer at least six long text markers');
  for (const marker of markers) {
    assert.ok(!main.text.includes(marker), `English text "${marker}" is inside ${relative(root, embedMain)}`);
    assert.ok(english[0].text.includes(marker), `English text "${marker}" is not in ${english[0].file}`);
  }
});

test('SDK entry with its dependencies stays under its gzip ceiling', async (t) => {
  checkBudget(t, 'the bundled SDK entry', gzipSize(Buffer.from(await bundleSdk({ withDeps: true }))), SDK_GZIP);
});

test('the default dataset is a lazy chunk beside the main file, not inside it', async () => {
  const dataDist = join(root, 'packages/data/dist/index.js');
  requireBuilt(dataDist);
  const { defaultDataset } = await import(dataDist);
  const markers = datasetMarkers(defaultDataset);
  assert.ok(markers.length >= 3, 'the default dataset should offer at least three long text markers');
  const files = readCdn();
  const main = files.find((f) => join(cdnDir, f.file) === embedMain);
  for (const marker of markers) {
    assert.ok(!main.text.includes(marker), `dataset text "${marker}" is inside ${relative(root, embedMain)}`);
  }
  const holders = files.filter((f) => f !== main && markers.some((m) => f.text.includes(m)));
  assert.ok(holders.length > 0, `no chunk beside the main file in ${relative(root, cdnDir)} holds the default dataset`);
});

test('no zod locale messages in the embed bundle', () => {
  for (const { file, text } of readCdn()) {
    for (const marker of ZOD_LOCALE_MARKERS) {
      assert.ok(!text.includes(marker), `${file} contains zod locale text "${marker}"`);
    }
  }
});

test('no Lit development-mode code in the embed bundle', () => {
  for (const { file, text } of readCdn()) {
    for (const marker of LIT_DEV_MARKERS) {
      assert.ok(!text.includes(marker), `${file} contains Lit dev-mode code ("${marker}")`);
    }
  }
});

test('the markers are real: zod locales and Lit dev mode contain them, so their absence means something', () => {
  const zodDir = dirname(createRequire(join(root, 'packages/sdk/package.json')).resolve('zod/package.json'));
  const locales = readdirSync(join(zodDir, 'v4/locales'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(zodDir, 'v4/locales', name), 'utf8'))
    .join('\n');
  for (const marker of ZOD_LOCALE_MARKERS) assert.ok(locales.includes(marker), `no zod locale contains "${marker}"`);

  const litPackages = dirname(realpathSync(join(root, 'packages/elements/node_modules/lit')));
  const litDev = ['@lit/reactive-element/development/reactive-element.js', 'lit-html/development/lit-html.js']
    .map((file) => readFileSync(join(litPackages, file), 'utf8'))
    .join('\n');
  for (const marker of LIT_DEV_MARKERS) assert.ok(litDev.includes(marker), `Lit's development build lacks "${marker}"`);
});
