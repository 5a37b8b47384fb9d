import { build, type Plugin } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../../test/budgets/measure.mjs';
import type { Variant } from './run.js';

/**
 * Bundles the elements' CDN entry from the sources, unminified (readable names in profiles and
 * traces), with the lazy dataset chunk kept apart as in the real build. Returns the folder; point
 * `LN_BENCH_CDN_DIR` at it to serve it instead of `packages/elements/dist/cdn`.
 */
export async function bundleElementSources(plugins: Plugin[] = []): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'ln-source-bundle-'));
  await build({
    entryPoints: { leernetwerk: join(root, 'packages/elements/src/cdn.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir,
    conditions: ['source', 'browser'],
    target: 'es2022',
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
    logLevel: 'error',
    plugins,
  });
  return outdir;
}

/** The command-line names of the demo page variants `serveVariants` serves. */
export const VARIANT_NAMES: Readonly<Record<string, string>> = {
  default: 'default',
  '10k catalogue': '10k',
  '10k prebuilt index': '10k-prebuilt',
};

/** The served variant a command line asked for by its short name; throws on an unknown one. */
export function variantNamed(variants: readonly Variant[], name: string): Variant {
  const found = variants.find((v) => VARIANT_NAMES[v.dataset] === name);
  if (!found) throw new Error(`bench: unknown page variant ${name}; use ${Object.values(VARIANT_NAMES).join(', ')}`);
  return found;
}
