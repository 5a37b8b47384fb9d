// Byte measurements shared by the budget tests and `pnpm bench`. Deterministic: the same bytes
// always give the same numbers (gzip level 9, brotli quality 11 with a fixed window).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = new URL('../../', import.meta.url).pathname;
export const cdnDir = join(root, 'packages/elements/dist/cdn');
export const embedMain = join(cdnDir, 'leernetwerk.js');
export const sdkDistEntry = join(root, 'packages/sdk/dist/index.js');
export const dataDistEntry = join(root, 'packages/data/dist/index.js');
/** The English of the elements and the SDK, as built by tsc: what the English chunk must hold. */
export const englishDist = join(root, 'packages/elements/dist/shared/messages/en/index.js');

/** One kilobyte as size tools count it: 1000 bytes. */
export const KB = 1000;

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;

/** Raw, gzip and brotli sizes of a buffer or string. */
export function sizes(bytes) {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return { raw: buffer.length, gzip: gzipSize(buffer), brotli: brotliSize(buffer) };
}

/** Throws with the command to run when a built file is missing. */
export function requireBuilt(path) {
  if (!existsSync(path)) {
    throw new Error(`leernetwerk budgets: ${relative(root, path)} is missing — run \`pnpm build\` first`);
  }
  return readFileSync(path);
}

/** The JavaScript files of the embed bundle (main file and its lazy chunks), relative to `dir`. */
export function cdnFiles(dir = cdnDir) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(relative(dir, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** The language of a message chunk, `leernetwerk-messages-<lang>-<hash>.js` (named so by the rollup config). */
export function messagesChunkLang(file) {
  return /(?:^|\/)leernetwerk-messages-([a-z]{2,3})-[\w-]+\.js$/.exec(file)?.[1];
}

/** Sums sizes of files fetched one by one (each compressed on its own, as a server sends them). */
export const addSizes = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/**
 * What a page in each language downloads from the embed bundle in `dir`: every JavaScript file
 * except the dataset chunk (fetched only without a provider or `src`) and the message chunks of
 * other languages. Dutch is in the main file; every other language adds its message chunk.
 * @returns {Promise<{ lang: string, files: string[], sizes: { raw: number, gzip: number, brotli: number } }[]>}
 */
export async function embedPages(dir = cdnDir) {
  requireBuilt(dataDistEntry);
  const { defaultDataset } = await import(dataDistEntry);
  const markers = datasetMarkers(defaultDataset);
  const files = cdnFiles(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  const shipped = files.filter((f) => !markers.some((m) => f.text.includes(m)));
  const langs = ['nl', ...new Set(shipped.map((f) => messagesChunkLang(f.file)).filter((lang) => lang !== undefined))];
  return langs.map((lang) => {
    const counted = shipped.filter((f) => (messagesChunkLang(f.file) ?? lang) === lang);
    return {
      lang,
      files: counted.map((f) => f.file),
      sizes: counted.map((f) => sizes(f.text)).reduce(addSizes, { raw: 0, gzip: 0, brotli: 0 }),
    };
  });
}

/**
 * Plain-prose runs of English strings, from the widgets' messages and from the SDK's: text
 * that only the English messages carry, so finding one in a file means English is there.
 */
export async function englishMarkers(perPart = 4) {
  requireBuilt(englishDist);
  const { english } = await import(englishDist);
  const runs = (tree) => {
    const out = [];
    const walk = (node) => {
      if (typeof node === 'string') {
        const run = /[A-Za-z][A-Za-z ,]{27,}/.exec(node)?.[0].slice(0, 28);
        if (run && !out.includes(run)) out.push(run);
      } else if (typeof node === 'object' && node !== null) for (const value of Object.values(node)) walk(value);
    };
    walk(tree);
    return out.slice(0, perPart);
  };
  return [...runs(english.ui), ...runs(english.sdk)];
}

/**
 * Long plain-prose strings from the default dataset's offerings and agenda: text that only
 * the dataset carries, so finding one in a file means the dataset is bundled there.
 */
export function datasetMarkers(dataset, count = 5) {
  const texts = [
    ...(dataset.offerings ?? []).map((o) => o.description?.nl),
    ...(dataset.agenda ?? []).map((a) => a.summary?.nl ?? a.title?.nl),
  ].filter((t) => typeof t === 'string');
  const markers = [];
  for (const text of texts) {
    const run = /[A-Za-z][A-Za-z ,]{31,}/.exec(text)?.[0].slice(0, 32);
    if (run && !markers.includes(run)) markers.push(run);
    if (markers.length === count) break;
  }
  return markers;
}

/** Messages that only zod's locale files contain (English, Dutch, German, French, Spanish). */
export const ZOD_LOCALE_MARKERS = [
  'Invalid input: expected',
  'Invalid option: expected one of',
  'Ongeldige invoer',
  'Ungültige Eingabe',
  'Entrée invalide',
  'Entrada inválida',
];

/** What only Lit's development build carries. */
export const LIT_DEV_MARKERS = ['Lit is in dev mode', 'litIssuedWarnings'];

/**
 * Bundles one built ES module with rollup, node-resolve and terser (the embed build's plugins
 * and options), with every dependency inlined; `external: true` leaves every bare import out,
 * a function leaves out the resolved ids it accepts. Returns the code of the entry chunk: what
 * dynamic imports load (the default dataset) stays in chunks of its own, as in the embed build.
 * @param {string} entry
 * @param {{ external?: boolean | ((id: string) => boolean) }} [options]
 * @returns {Promise<string>}
 */
export async function bundleFile(entry, { external = false } = {}) {
  requireBuilt(entry);
  const [{ rollup }, { nodeResolve }, { default: terser }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
  ]);
  const bare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
  const bundle = await rollup({
    input: entry,
    external: typeof external === 'function' ? (id, _importer, resolved) => resolved && external(id) : external ? bare : [],
    plugins: [nodeResolve(resolveOptions), terser(terserOptions)],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.find((file) => file.type === 'chunk' && file.isEntry).code;
}

/** The SDK entry (`packages/sdk/dist/index.js`) bundled and minified, with or without its dependencies. */
export const bundleSdk = ({ withDeps }) => bundleFile(sdkDistEntry, { external: !withDeps });

/** As in packages/elements/rollup.config.mjs, resolving built files instead of sources. */
export const resolveOptions = { exportConditions: ['browser', 'import', 'default'], browser: true };
export const terserOptions = { format: { comments: false }, ecma: 2022, module: true };
