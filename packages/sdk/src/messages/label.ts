import type { Dataset } from '../schema/index.js';
import { messagesFor } from './catalog.js';
import { localize } from './localize.js';
import type { Lang, LabelKind, Messages, VocabularyKind } from './types.js';

/**
 * The name of a vocabulary value or record for people to read. Themes, agenda items and
 * networks are named by the dataset; unknown ids come back as they are.
 *
 * @example
 * label('targetGroup', 'professional', 'nl'); // '(wijk)professionals'
 * label('theme', 'safety', 'en', dataset); // 'Safety'
 */
export function label(kind: LabelKind, id: string, lang: Lang, dataset?: Dataset): string {
  return labelIn(messagesFor(lang), kind, id, dataset);
}

/**
 * `label` with the messages of one language, so that a bundle carries only that language.
 *
 * @example
 * import { nl } from '@leernetwerk/sdk/messages/nl';
 * labelIn(nl, 'scale', 'regional'); // 'regionaal'
 */
export function labelIn(messages: Messages, kind: LabelKind, id: string, dataset?: Dataset): string {
  switch (kind) {
    case 'theme': {
      const theme = dataset?.themes.find((t) => t.id === id);
      return theme === undefined ? id : localize(theme.label, messages.lang);
    }
    case 'agendaItem': {
      const item = dataset?.agenda.find((a) => a.id === id);
      return item === undefined ? id : localize(item.title, messages.lang);
    }
    case 'network':
      return dataset?.networks.find((n) => n.id === id)?.name ?? id;
    default:
      return vocabularyLabel(messages, kind, id) ?? id;
  }
}

function vocabularyLabel(messages: Messages, kind: VocabularyKind, id: string): string | undefined {
  const labels: Readonly<Record<string, string>> | undefined = messages.vocabulary[kind];
  return labels !== undefined && Object.hasOwn(labels, id) ? labels[id] : undefined;
}
