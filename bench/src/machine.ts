import { execFileSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from './browser/chromium.js';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly date: string;
}

function chromiumVersion(): string {
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /Chromium\s+([\d.]+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    return 'not found';
  }
}

/** What the numbers were measured on; `chromium` is the version the browser itself reports when known. */
export function describeMachine(chromium?: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromium ?? chromiumVersion(),
    date: new Date().toISOString(),
  };
}
