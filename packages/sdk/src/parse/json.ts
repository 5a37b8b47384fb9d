import { typeOf } from './describe.js';
import { parseDataset } from './dataset.js';
import type { ParseDatasetOptions, ParseDatasetResult } from './dataset.js';
import { lineAndColumn, locateJsonError } from './json-error.js';
import { problem } from './problem.js';

/**
 * {@link parseDataset} for JSON text (a file, a fetch response). Never throws. Text that is not
 * JSON gives one `invalid-json` problem with the line and column where it goes wrong.
 * A leading byte order mark is ignored.
 *
 * @example
 * parseDatasetJson('{\n  "schemaVersion": 1,\n  oops\n}').problems[0];
 * // { where: '', code: 'invalid-json', params: { line: 3, column: 3 }, path: [] }
 */
export function parseDatasetJson(text: string, options?: ParseDatasetOptions): ParseDatasetResult {
  if (typeof text !== 'string') {
    return { ok: false, problems: [problem([], 'wrong-type', { expected: 'string', receivedType: typeOf(text) })] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const offset = locateJsonError(body);
    return { ok: false, problems: [problem([], 'invalid-json', offset < 0 ? {} : lineAndColumn(body, offset))] };
  }
  return parseDataset(data, options);
}
