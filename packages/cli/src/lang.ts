import { LANGS, type Lang } from '@leernetwerk/sdk';

export { LANGS, type Lang };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** `--lang` wins; otherwise English when `LANG` starts with `en`; otherwise Dutch. */
export function resolveLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  if (flag !== undefined) return isLang(flag) ? flag : undefined;
  return env.LANG?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Finds `--lang X` or `--lang=X` before the arguments are parsed, so even argument errors speak it. */
export function findLangFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
