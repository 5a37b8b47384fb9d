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
  gzipSize,
  requireBuilt,
  root,
} from './measure.mjs';

const EMBED_MAIN_GZIP_BUDGET = 45 * KB;
const SDK_GZIP_BUDGET = 14 * KB;

const readCdn = () => {
  requireBuilt(embedMain);
  return cdnFiles().map((file) => ({ file, text: readFileSync(join(cdnDir, file), 'utf8') }));
};

test('gzip sizes are deterministic: the same bytes give the same number', () => {
  const main = requireBuilt(embedMain);
  assert.equal(gzipSize(main), gzipSize(Buffer.from(main)));
});

test(`embed bundle main file is at most ${EMBED_MAIN_GZIP_BUDGET / KB} kB gzip`, () => {
  const size = gzipSize(requireBuilt(embedMain));
  assert.ok(
    size <= EMBED_MAIN_GZIP_BUDGET,
    `${relative(root, embedMain)} is ${size} bytes gzip, over the budget of ${EMBED_MAIN_GZIP_BUDGET}`,
  );
});

test(`SDK entry with its dependencies is at most ${SDK_GZIP_BUDGET / KB} kB gzip`, async () => {
  const size = gzipSize(Buffer.from(await bundleSdk({ withDeps: true })));
  assert.ok(size <= SDK_GZIP_BUDGET, `the bundled SDK entry is ${size} bytes gzip, over the budget of ${SDK_GZIP_BUDGET}`);
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
