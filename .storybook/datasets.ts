/**
 * Datasets for the states every widget shows, all derived from the default dataset
 * (`@leernetwerk/data`, the 2021 report). Records added here are marked `synthetic: true` where the
 * schema allows it, and say in their own text that they are story data.
 */
import { defaultDataset } from '@leernetwerk/data';
import type { AgendaItem, Dataset, Offering } from '@leernetwerk/sdk';

/** A long Dutch compound word, the kind that overflows narrow columns unless text may wrap. */
export const LONG_COMPOUND = 'wijkgerichtegebiedsgebondenleefbaarheidsenveiligheidssamenwerkingsovereenkomst';

/** Long Dutch texts for inputs and records. */
export const LONG_DUTCH = {
  compound: LONG_COMPOUND,
  question:
    'Hoe kunnen wij als gemeente, samen met de woningcorporaties, de welzijnsorganisaties, de wijkagenten en de ' +
    'actieve bewoners van onze aandachtswijken, een gebiedsgerichte aanpak opbouwen die tien tot twintig jaar ' +
    'meegaat, waarin preventie en repressie elkaar versterken, geldstromen worden gebundeld en de kwalitatieve ' +
    `effecten van interventies en bewonersinitiatieven zichtbaar worden (de ${LONG_COMPOUND})?`,
  title:
    `Leerkring over de ${LONG_COMPOUND}: hoe houden gemeente, partners in de wijk en bewoners samen koers ` +
    'wanneer wethouders, programma’s en geldstromen wisselen?',
} as const;

const firstId = <T extends { id: string }>(records: readonly T[], fallback: string): string => records[0]?.id ?? fallback;

function longOffering(dataset: Dataset): Offering {
  return {
    id: 'story-long-dutch-offering',
    title: { nl: LONG_DUTCH.title },
    provider: `Voorbeeldnetwerk ${LONG_COMPOUND}`,
    description: {
      nl:
        'Verzonnen voorbeeld voor Storybook, om te zien hoe lange Nederlandse tekst afbreekt. ' +
        LONG_DUTCH.question +
        ' ' +
        LONG_DUTCH.question,
    },
    themes: [firstId(dataset.themes, 'safety')],
    targetGroups: ['policymaker', 'professional', 'resident'],
    learningForms: ['learning-circle', 'community-of-practice', 'knowledge-workshop'],
    scale: ['local', 'regional'],
    direction: ['vertical'],
    domainScope: ['cross-domain'],
    region: `Regio ${LONG_COMPOUND}`,
    duration: 'long-running',
    synthetic: true,
  };
}

function longAgendaItem(dataset: Dataset): AgendaItem {
  return {
    id: 'story-long-dutch-agenda-item',
    kind: 'priority',
    title: { nl: LONG_DUTCH.question },
    summary: { nl: `Verzonnen agendapunt voor Storybook: ${LONG_DUTCH.title}` },
    questions: [{ nl: LONG_DUTCH.question }, { nl: LONG_DUTCH.title }],
    themes: [firstId(dataset.themes, 'safety')],
    targetGroups: ['administrator', 'policymaker', 'professional', 'resident'],
    source: { section: 'Storybook (verzonnen)' },
  };
}

/** The default dataset with one long offering and one long agenda item added in front. */
export function withLongDutchText(dataset: Dataset = defaultDataset): Dataset {
  return {
    ...dataset,
    agenda: [longAgendaItem(dataset), ...dataset.agenda],
    offerings: [longOffering(dataset), ...dataset.offerings],
  };
}

/** Valid, with every list a widget shows emptied: nothing to browse, find or map. */
export function emptied(dataset: Dataset = defaultDataset): Dataset {
  return { ...dataset, agenda: [], offerings: [], networks: [], sharedQuestions: [] };
}

/**
 * The default dataset plus one offering and one agenda item that break the schema in several
 * places (bad id, empty title, no themes, unknown target group and scale). A strict parse fails; a
 * lenient parse drops these two records and reports where they went wrong.
 */
export function withInvalidRecords(dataset: Dataset = defaultDataset): unknown {
  const brokenOffering = {
    id: 'Kapot Record',
    title: { nl: '' },
    provider: 'Storybook',
    description: { nl: 'Expres ongeldig record, om de foutmeldingen te tonen.' },
    themes: [],
    targetGroups: ['burgemeesters'],
    learningForms: ['masterclass'],
    scale: ['landelijk'],
    direction: ['horizontal'],
    domainScope: ['within-domain'],
  };
  const brokenAgendaItem = {
    id: 'story-broken-agenda-item',
    kind: 'wens',
    title: { en: 'Dutch title missing' },
    questions: 'not a list',
    themes: ['safety'],
    targetGroups: [],
    source: { section: '' },
  };
  return {
    ...dataset,
    agenda: [...dataset.agenda, brokenAgendaItem],
    offerings: [...dataset.offerings, brokenOffering],
  };
}

/** Not a dataset at all: a JSON document cut off halfway (a failed upload, a proxy error page). */
export const TRUNCATED_JSON = '{"schemaVersion": 1, "updated": "2021-02-11", "themes": [{"id": "safety", "kind": "cont';

/** Valid JSON, but another kind of document (someone pointed `src` at the wrong file). */
export const NOT_A_DATASET = { name: '@leernetwerk/elements', version: '0.1.0' } as const;
