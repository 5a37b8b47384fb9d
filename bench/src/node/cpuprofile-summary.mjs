#!/usr/bin/env node
// Prints the functions with the most self time (and total time) in a V8 .cpuprofile. Given several
// files (tsx's loader thread writes its own), it reads the busiest one (most samples not idle).
//   node bench/src/node/cpuprofile-summary.mjs <file.cpuprofile …> [top=25]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.cpuprofile'));
const topArg = args.find((a) => /^\d+$/.test(a)) ?? '25';
if (files.length === 0) throw new Error('usage: cpuprofile-summary <file.cpuprofile …> [top]');
const busy = (p) => {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return p.samples.filter((id) => !idle.has(id)).length;
};
const profile = files
  .map((file) => JSON.parse(readFileSync(file, 'utf8')))
  .sort((a, b) => busy(b) - busy(a))[0];
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfTicks = new Map();
for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
const total = profile.samples.length;
const dt = (profile.endTime - profile.startTime) / 1000 / total;

const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.replace(/^.*\/(packages|node_modules)\//, '$1/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};

const self = new Map();
const inclusive = new Map();
for (const [id, ticks] of selfTicks) {
  const key = label(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + ticks);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = label(byId.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ticks);
  }
}
const show = (map, title) => {
  console.log(`\n${title} (of ${total} samples, ${(total * dt).toFixed(0)} ms)`);
  for (const [key, ticks] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) {
    console.log(`${((ticks / total) * 100).toFixed(1).padStart(5)}%  ${(ticks * dt).toFixed(0).padStart(6)} ms  ${key}`);
  }
};
show(self, 'self time');
show(inclusive, 'total time');
