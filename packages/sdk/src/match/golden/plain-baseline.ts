import MiniSearch from 'minisearch';
import type { Dataset } from '../../schema/index.js';
import { AGENDA_FIELDS, agendaDocument, uniqueById } from '../documents.js';

/**
 * The agenda ranked by plain MiniSearch: the same documents, MiniSearch's default options (its own
 * tokenizer, lowercase only, no stemming, synonyms, boosts, fuzzy or prefix). The yardstick the
 * golden set measures the matcher against.
 *
 * @example
 * const rank = plainAgendaRanking(defaultDataset);
 * rank('vertrouwen in de gemeente'); // ['priority-5', 'gap-2', …]
 */
export function plainAgendaRanking(dataset: Dataset): (question: string) => string[] {
  const index = new MiniSearch({ idField: 'id', fields: [...AGENDA_FIELDS] });
  index.addAll(uniqueById(dataset.agenda).map((item) => agendaDocument(dataset, item)));
  return (question) => index.search(question).map((result) => String(result.id));
}
