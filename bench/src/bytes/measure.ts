import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  bundleFile,
  bundleSdk,
  cdnDir,
  cdnFiles,
  datasetMarkers,
  embedPages,
  root,
  sdkDistEntry,
  sizes,
} from '../../../test/budgets/measure.mjs';
import type { BytesSection, ByteSizes } from '../report/types.js';

const elementsDist = join(root, 'packages/elements/dist');
const dataDist = join(root, 'packages/data/dist/index.js');

/** Parts of the SDK bundle, by where their code lives: each dependency and each SDK folder. */
function sdkParts(): { part: string; matches: (id: string) => boolean }[] {
  const dependencies = ['minisearch', 'zod', '@orama/stemmers', '@orama/stopwords'].map((name) => ({
    part: name,
    matches: (id: string) => id.includes(`/node_modules/.pnpm/${name.replace('/', '+')}@`),
  }));
  const sdkDist = join(root, 'packages/sdk/dist');
  const folders = existsSync(sdkDist)
    ? readdirSync(sdkDist).filter((name) => statSync(join(sdkDist, name)).isDirectory())
    : [];
  return [
    ...dependencies,
    ...folders.map((folder) => ({ part: `sdk/${folder}`, matches: (id: string) => id.startsWith(join(sdkDist, folder) + '/') })),
  ];
}

/** How many gzip bytes the SDK bundle loses when one part is left out: what that part costs. */
async function sdkBreakdown(total: number): Promise<{ part: string; gzip: number }[]> {
  const rows: { part: string; gzip: number }[] = [];
  for (const { part, matches } of sdkParts()) {
    const without = sizes(await bundleFile(sdkDistEntry, { external: matches })).gzip;
    rows.push({ part, gzip: total - without });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

const add = (a: ByteSizes, b: ByteSizes): ByteSizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** The built `ln-*.js` registration files of the widgets (not the CDN folder, not `shared/`: base class and bundle helpers). */
function elementEntries(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (path !== cdnDir && name !== 'shared') walk(path);
      } else if (/^ln-[a-z-]+\.js$/.test(name)) found.push(path);
    }
  };
  if (existsSync(elementsDist)) walk(elementsDist);
  return found;
}

async function defaultDatasetMarkers(): Promise<string[]> {
  if (!existsSync(dataDist)) return [];
  const { defaultDataset } = (await import(dataDist)) as { defaultDataset: unknown };
  return datasetMarkers(defaultDataset);
}

/** Sizes of the embed bundle, of each element entry alone and of the SDK entry. */
export async function measureBytes(): Promise<Omit<BytesSection, 'measuredAt'>> {
  const missing: string[] = [];
  let embed: BytesSection['embed'];
  // LN_BENCH_CDN_DIR measures another build of the embed bundle (the report names it).
  const bundleDir = process.env.LN_BENCH_CDN_DIR ?? cdnDir;
  const main = join(bundleDir, 'leernetwerk.js');
  if (existsSync(main)) {
    const markers = await defaultDatasetMarkers();
    const chunks = cdnFiles(bundleDir)
      .filter((file: string) => join(bundleDir, file) !== main)
      .map((file: string) => {
        const text = readFileSync(join(bundleDir, file), 'utf8');
        return { file, ...sizes(text), dataset: markers.some((m: string) => text.includes(m)) };
      });
    const mainSizes = sizes(readFileSync(main));
    const datasetChunk = chunks.find((c) => c.dataset);
    const strip = ({ dataset: _, ...rest }: (typeof chunks)[number]) => rest;
    embed = {
      ...(bundleDir !== cdnDir ? { from: bundleDir } : {}),
      main: mainSizes,
      totalWithoutDataset: chunks.filter((c) => !c.dataset).reduce((sum, c) => add(sum, c), mainSizes),
      pages: (await embedPages(bundleDir)).map(({ lang, files, sizes }) => ({ lang, files, ...sizes })),
      ...(datasetChunk ? { datasetChunk: strip(datasetChunk) } : {}),
      chunks: chunks.map(strip),
    };
  } else missing.push(`${relative(root, main)} (run \`pnpm build\`)`);

  const elements: NonNullable<BytesSection['elements']> = [];
  for (const entry of elementEntries()) {
    elements.push({ entry: relative(elementsDist, entry), ...sizes(await bundleFile(entry)) });
  }
  if (elements.length === 0) missing.push('element entries dist/**/ln-*.js');

  let sdk: BytesSection['sdk'];
  if (existsSync(sdkDistEntry)) {
    const withDeps = sizes(await bundleSdk({ withDeps: true }));
    sdk = { withDeps, withoutDeps: sizes(await bundleSdk({ withDeps: false })), parts: await sdkBreakdown(withDeps.gzip) };
  } else missing.push(relative(root, sdkDistEntry));

  return {
    ...(missing.length ? { skipped: `missing ${missing.join(', ')}` } : {}),
    ...(embed ? { embed } : {}),
    ...(elements.length ? { elements } : {}),
    ...(sdk ? { sdk } : {}),
  };
}
