import { DEFAULT_SIZES, QUICK_SIZES } from './settings.js';

export const SECTIONS = ['node', 'browser', 'widgets', 'bytes'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly sections: readonly Section[];
  readonly quick: boolean;
  /** Measure nothing: write latest.md and the README block again from latest.json. */
  readonly render: boolean;
}

export const USAGE = `usage: pnpm bench [--sizes 1000,10000] [--only node|browser|widgets|bytes[,…]] [--quick]
  --sizes  catalogue sizes (offerings) for the node and browser runs; default 1000,10000,100000 (quick: 1000,10000)
  --only   run these sections only (browser also runs widgets); other sections keep their last results
  --quick  fewer queries, repetitions and time per engine: for development, not for the README
  --render measure nothing; write latest.md and the README results again from latest.json`;

/** Parses the command line; throws with the usage on anything it does not know. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let sizes: number[] | undefined;
  let sections: Section[] = [...SECTIONS];
  let quick = false;
  let render = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--quick') quick = true;
    else if (flag === '--render') render = true;
    else if (flag === '--sizes') {
      sizes = value()
        .split(',')
        .map((s) => Number(s.trim().replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench: --sizes wants whole numbers\n${USAGE}`);
    } else if (flag === '--only') {
      const wanted = value().split(',').map((s) => s.trim());
      const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (unknown.length) throw new Error(`bench: --only knows ${SECTIONS.join(', ')}\n${USAGE}`);
      sections = SECTIONS.filter((s) => wanted.includes(s) || (s === 'widgets' && wanted.includes('browser')));
    } else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`bench: unknown option ${flag}\n${USAGE}`);
  }
  return { sizes: sizes ?? [...(quick ? QUICK_SIZES : DEFAULT_SIZES)], sections: render ? [] : sections, quick, render };
}
