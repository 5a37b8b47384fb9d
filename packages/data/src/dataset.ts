import type { Dataset } from '@leernetwerk/sdk';
import { agenda } from './report/agenda.js';
import { learningForms } from './report/learning-forms.js';
import { networks } from './report/networks.js';
import { offerings } from './report/offerings.js';
import { targetGroups } from './report/target-groups.js';
import { themes } from './report/themes.js';

/**
 * Everything the report "Bouwstenen voor het leren over Leefbaarheid en Veiligheid" (Movisie and
 * Platform31 for BZK, 11 February 2021) contains: themes, target groups with their learning needs,
 * learning forms, the learning agenda, and the networks and offerings it names. Each record cites
 * the section it comes from in `source`.
 */
export const defaultDataset: Dataset = {
  schemaVersion: 1,
  updated: '2021-02-11',
  title: 'Leernetwerk Leefbaarheid en Veiligheid — Bouwstenen voor het leren over Leefbaarheid en Veiligheid (2021)',
  themes,
  targetGroups,
  learningForms,
  agenda,
  offerings,
  networks,
};
