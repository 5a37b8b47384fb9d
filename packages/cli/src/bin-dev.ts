// The command line straight from the TypeScript sources, for tests and development:
// node --conditions=source --import tsx packages/cli/src/bin-dev.ts <command> …
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
