#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests.
// Installs it with apt-get when run as root (CI, fresh machines); otherwise says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`chromium: ${CHROMIUM} is present`);
  process.exit(0);
}
if (process.getuid?.() !== 0) {
  console.error(`chromium: ${CHROMIUM} is missing. Install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('chromium: installing Debian package chromium …');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium', { stdio: 'inherit', env });
if (!existsSync(CHROMIUM)) {
  console.error(`chromium: installed, but ${CHROMIUM} is still missing`);
  process.exit(1);
}
