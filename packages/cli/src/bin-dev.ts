// The command line straight from the TypeScript sources, for tests and development:
// node --conditions=source --import tsx packages/cli/src/bin-dev.ts <command> …
// It does what bin/leernetwerk.js does with the built files.
import { main } from './main.js';
import { nodeIO } from './node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());
