#!/usr/bin/env node
// Writes src/dataset.json from src/dataset.ts (the source of truth), for hosts that load the
// dataset as JSON (`<ln-provider src=".../dataset.json">`) and for tools outside JavaScript.
// Run: pnpm --filter @leernetwerk/data run dataset:json
import { writeFileSync } from 'node:fs';
import { defaultDataset } from '../src/dataset.ts';

const target = new URL('../src/dataset.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(defaultDataset, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
