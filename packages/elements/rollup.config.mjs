// The CDN bundle: dist/cdn/leernetwerk.js registers every ln-* element, with Lit, the SDK and
// their dependencies inside, minified. The default dataset is a separate chunk next to it,
// fetched (relative to the bundle's own URL) only when a widget needs it. Nothing else is
// referenced: no other origin, no CDN, no font.
//
// Workspace packages resolve to their TypeScript sources (export condition `source`). TypeScript
// is only transpiled here (`tsc -p tsconfig.build.json` type-checks before this runs), with
// TypeScript's own transpileModule, which supports Lit's legacy decorators.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const base = ts.readConfigFile(resolve(here, '../../tsconfig.base.json'), ts.sys.readFile).config.compilerOptions;

/** Transpiles .ts and maps `./x.js` imports to `./x.ts`, as TypeScript's Bundler resolution does. */
function typescriptSources() {
  const compilerOptions = {
    ...ts.convertCompilerOptionsFromJson(base, here).options,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    sourceMap: true,
    inlineSources: true,
    declaration: false,
    declarationMap: false,
    composite: false,
  };
  return {
    name: 'leernetwerk-typescript-sources',
    resolveId(source, importer) {
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.slice(0, -3) + '.ts');
      return existsSync(candidate) ? candidate : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, { compilerOptions, fileName: id });
      return { code: out.outputText, map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null };
    },
  };
}

/**
 * Minifies the markup in `html```/`svg``` and the CSS in `css``` templates of the elements'
 * sources (Lit's own files ship minified). Whitespace runs become one space rather than nothing
 * (`conservativeCollapse`), so text between inline elements and bindings keeps its spaces; empty
 * attributes (`alt=""`) and character references stay as written.
 */
function minifyTemplates() {
  const html = { conservativeCollapse: true, removeEmptyAttributes: false, decodeEntities: false };
  return {
    name: 'leernetwerk-minify-templates',
    async transform(code, id) {
      if (!id.includes('/packages/elements/src/') || !id.endsWith('.ts')) return null;
      try {
        return await minifyHTMLLiterals(code, { fileName: id, html });
      } catch (error) {
        this.error(`${id}: templates could not be minified: ${error.message}`);
      }
    },
  };
}

/** Fails the build if the output names another origin (fetch, import, font, image …). */
function noForeignOrigins() {
  // XML namespaces are identifiers, never fetched (Lit uses them to create SVG/MathML).
  const allowed = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml']);
  return {
    name: 'leernetwerk-no-foreign-origins',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const urls = (file.code.match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)]*/gi) ?? []).filter(
          (u) => !allowed.has(u),
        );
        if (urls.length > 0) this.error(`${file.fileName} references another origin: ${[...new Set(urls)].slice(0, 5).join(', ')}`);
      }
    },
  };
}

/**
 * The same options are in test/budgets/measure.mjs (it cannot import this file: it empties
 * dist/cdn). More compress passes, `toplevel` or `pure_getters` were tried: they shave raw bytes
 * but not gzip bytes (two passes made gzip 0.25 kB larger).
 */
const terserOptions = { format: { comments: false }, ecma: 2022, module: true };

// Hashed chunk names change with content: start from an empty folder so no stale chunk ships.
rmSync(resolve(here, 'dist/cdn'), { recursive: true, force: true });

/**
 * Prints raw and gzipped size of each chunk; with LN_RECORD_SIZE=1 also writes them into the
 * README's size table (between the size:start/size:end markers).
 */
function reportSizes() {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  return {
    name: 'leernetwerk-sizes',
    generateBundle(_options, bundle) {
      const rows = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gz = gzipSync(file.code, { level: 9 }).length;
        console.log(`${file.fileName}: ${kib(raw)}, ${kib(gz)} gzipped`);
        const name = file.isEntry ? file.fileName : file.fileName.replace(/-[\w-]{8}\.js$/, '-<hash>.js');
        const what = file.isEntry
          ? 'every element, Lit and the SDK, with Dutch'
          : file.name === 'dataset'
            ? 'default dataset, fetched only when needed'
            : file.fileName.startsWith('leernetwerk-messages-')
              ? `${file.fileName.split('-')[2]} messages, fetched only on a page in that language`
              : 'shared chunk';
        rows.push(`| \`${name}\` (${what}) | ${kib(raw)} | ${kib(gz)} |`);
      }
      if (process.env.LN_RECORD_SIZE !== '1') return;
      const readme = resolve(here, 'README.md');
      const text = readFileSync(readme, 'utf8');
      const table = ['| file | minified | gzipped |', '|---|---|---|', ...rows].join('\n');
      const next = text.replace(/(<!-- size:start -->\n)[\s\S]*?(<!-- size:end -->)/, `$1${table}\n$2`);
      if (next === text && !text.includes(table)) this.error('README.md has no size:start/size:end markers');
      writeFileSync(readme, next);
    },
  };
}

/** Known-harmless warnings: TypeScript's decorator helper reads top-level `this`; zod's own cycles and comments. */
function onwarn(warning, warn) {
  const id = warning.id ?? warning.ids?.[0] ?? '';
  if (warning.code === 'THIS_IS_UNDEFINED' && id.endsWith('.ts')) return;
  if (warning.code === 'SOURCEMAP_ERROR' && id.endsWith('.ts')) return;
  if (['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code) && id.includes('/node_modules/')) return;
  warn(warning);
}

/**
 * Writes the illustrative example questions of @leernetwerk/data (not from the report, not real
 * people's questions) as `voorbeeldvragen.json` beside the bundle, for demos: a host opts in with
 * `<ln-question-form questions-src=".../voorbeeldvragen.json">`. Nothing loads it by default.
 */
function exampleQuestionsFile() {
  return {
    name: 'leernetwerk-example-questions',
    async generateBundle() {
      const { exampleSharedQuestions } = await import('../data/dist/index.js');
      this.emitFile({
        type: 'asset',
        fileName: 'voorbeeldvragen.json',
        source: `${JSON.stringify(exampleSharedQuestions, null, 2)}\n`,
      });
    },
  };
}

export default {
  onwarn,
  input: { leernetwerk: resolve(here, 'src/cdn.ts') },
  // The lazy chunks import what they share with the main file from it. Without this, the entry
  // keeps exactly its own exports, so rollup would move the shared code into a third file behind
  // a re-exporting entry: one more request before anything renders.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: resolve(here, 'dist/cdn'),
    format: 'es',
    entryFileNames: '[name].js',
    // The English messages (imported dynamically by src/shared/messages.ts) are named by their
    // language: test/budgets/measure.mjs counts a page's bytes by it.
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.endsWith('/src/shared/messages/en/index.ts')
        ? 'leernetwerk-messages-en-[hash].js'
        : 'leernetwerk-[name]-[hash].js',
    sourcemap: true,
    // The default dataset gets a readable name; everything else stays in the one main file.
    manualChunks(id) {
      if (id.includes('/packages/data/src/')) return 'dataset';
      return undefined;
    },
  },
  plugins: [
    typescriptSources(),
    minifyTemplates(),
    nodeResolve({
      exportConditions: ['source', 'browser', 'import', 'default'],
      extensions: ['.ts', '.mjs', '.js'],
      browser: true,
    }),
    terser(terserOptions),
    noForeignOrigins(),
    exampleQuestionsFile(),
    reportSizes(),
  ],
};
