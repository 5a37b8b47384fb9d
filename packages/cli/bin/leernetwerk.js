#!/usr/bin/env node
import { main } from '../dist/main.js';
import { nodeIO } from '../dist/node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());
