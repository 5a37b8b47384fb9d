import type { CliIO } from './context.js';

/**
 * The process's own streams. A closed pipe (`leernetwerk gaps | head`) is the reader's choice,
 * not an error: the rest of the output is dropped instead of ending in a stack trace.
 */
export function nodeIO(): CliIO {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr };
}
