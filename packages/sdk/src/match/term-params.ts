import type { ReasonParams } from '../reasons.js';
import type { TextHit } from './types.js';

/** The params of a `term` reason: the person's words that matched, and the fields they matched in. */
export function termParams(hit: TextHit | undefined): ReasonParams[] {
  if (hit === undefined) return [];
  const fields = new Set<string>();
  for (const word of hit.terms) for (const field of hit.match[word] ?? []) fields.add(field);
  return [{ terms: hit.terms, fields: [...fields].sort() }];
}
