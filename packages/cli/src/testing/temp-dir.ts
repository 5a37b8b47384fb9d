// Test helper (not built): a temporary directory per test file, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leernetwerk-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
