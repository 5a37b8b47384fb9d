import type { Dataset } from '../schema/index.js';
import { messagesFor } from './catalog.js';
import { localize } from './localize.js';
import type { Lang, LabelKind, VocabularyKind } from './types.js';

/**
 * The name of a vocabulary value or record for people to read. Themes, agenda items and
 * networks are named by the dataset; unknown ids come back as they are.
 *
 * @example
 * label('targetGroup', 'professional', 'nl'); // '(wijk)professionals'
 * label('theme', 'safety', 'en', dataset); // 'Safety'
 */
export function label(kind: LabelKind, id: string, lang: Lang, dataset?: Dataset): string {
  switch (kind) {
    case 'theme': {
      const theme = dataset?.themes.find((t) => t.id === id);
      return theme === undefined ? id : localize(theme.label, lang);
    }
    case 'agendaItem': {
      const item = dataset?.agenda.find((a) => a.id === id);
      return item === undefined ? id : localize(item.title, lang);
    }
    case 'network':
      return dataset?.networks.find((n) => n.id === id)?.name ?? id;
    default:
      return vocabularyLabel(kind, id, lang) ?? id;
  }
}

function vocabularyLabel(kind: VocabularyKind, id: string, lang: Lang): string | undefined {
  const labels: Readonly<Record<string, string>> | undefined = messagesFor(lang).vocabulary[kind];
  return labels !== undefined && Object.hasOwn(labels, id) ? labels[id] : undefined;
}
