// Shared by the match tests (holds no tests itself): a small hand-made dataset whose ranking can
// be reasoned about by eye.
import type { AgendaItem, Dataset, Offering, SharedQuestion } from '../schema/index.js';

const source = { section: 'test' };

export const agendaItem = (over: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'title'>): AgendaItem => ({
  kind: 'priority',
  questions: [],
  themes: ['participation'],
  targetGroups: ['administrator', 'policymaker', 'professional', 'resident'],
  source,
  ...over,
});

export const offering = (over: Partial<Offering> & Pick<Offering, 'id'>): Offering => ({
  title: { nl: 'Leeraanbod' },
  provider: 'Aanbieder',
  description: { nl: 'Beschrijving' },
  themes: ['participation'],
  targetGroups: ['professional'],
  learningForms: ['intervisie'],
  scale: ['national'],
  direction: ['horizontal'],
  domainScope: ['within-domain'],
  ...over,
});

export const sharedQuestion = (id: string, text: string, over: Partial<SharedQuestion> = {}): SharedQuestion => ({
  id,
  text,
  consent: true,
  ...over,
});

/** Trust, safety and a resident/policymaker pair of offerings on the same subject. */
export function smallDataset(): Dataset {
  return {
    schemaVersion: 1,
    updated: '2021-02-11',
    themes: [
      { id: 'participation', kind: 'process', label: { nl: 'Participatie' }, keywords: ['betrokkenheid'], source },
      { id: 'safety', kind: 'content', label: { nl: 'Veiligheid' }, keywords: ['criminaliteit'], source },
    ],
    targetGroups: [
      {
        id: 'resident',
        label: { nl: 'Bewoners' },
        description: { nl: 'Actieve bewoners' },
        learningNeeds: [
          { id: 'low-threshold', text: { nl: 'Laagdrempelig' }, prefers: { learningForms: ['masterclass', 'excursion'], duration: ['one-off'] }, source },
          { id: 'local-with-officials', text: { nl: 'Lokaal' }, prefers: { scale: ['local'], direction: ['vertical'] }, source },
        ],
        source,
      },
      {
        id: 'policymaker',
        label: { nl: 'Beleidsmakers' },
        description: { nl: 'Beleidsmakers' },
        learningNeeds: [
          { id: 'regional-exchange', text: { nl: 'Regionaal' }, prefers: { scale: ['regional'], direction: ['horizontal'] }, source },
        ],
        source,
      },
    ],
    learningForms: [
      { id: 'masterclass', label: { nl: 'Masterclass' }, intensity: 'light', synonyms: ['gastcollege'], source },
      { id: 'excursion', label: { nl: 'Excursie' }, intensity: 'light', synonyms: ['werkbezoek'], source },
      { id: 'intervisie', label: { nl: 'Intervisie' }, intensity: 'light', synonyms: ['collegiale consultatie'], source },
      { id: 'peer-network', label: { nl: 'Netwerk van vakgenoten' }, intensity: 'light', synonyms: [], source },
    ],
    agenda: [
      agendaItem({
        id: 'trust',
        number: 5,
        title: { nl: 'Hoe herstellen we het vertrouwen van bewoners in instituties?' },
        themes: ['participation'],
      }),
      agendaItem({
        id: 'safety-gap',
        kind: 'content-gap',
        number: 4,
        title: { nl: 'Integraal preventief signaleren voor een veilige wijk' },
        themes: ['safety'],
        targetGroups: ['policymaker', 'professional'],
      }),
    ],
    offerings: [
      offering({
        id: 'excursion-trust',
        title: { nl: 'Werkbezoek: vertrouwen in de buurt' },
        description: { nl: 'Bewoners bezoeken een andere wijk.' },
        targetGroups: ['resident'],
        learningForms: ['excursion'],
        scale: ['local'],
        direction: ['vertical'],
        duration: 'one-off',
      }),
      offering({
        id: 'regional-trust',
        title: { nl: 'Regionale uitwisseling: vertrouwen in de buurt' },
        description: { nl: 'Gemeenten in de regio wisselen uit.' },
        targetGroups: ['policymaker'],
        learningForms: ['peer-network'],
        scale: ['regional'],
        direction: ['horizontal'],
        region: 'Groot-Rotterdam',
      }),
      offering({
        id: 'linked-only',
        title: { nl: 'Leerkring sociale basis' },
        description: { nl: 'Professionals leren samen.' },
        agendaItems: ['trust'],
        domainScope: ['cross-domain'],
      }),
      offering({
        id: 'structure-only',
        title: { nl: 'Netwerk wijkagenten' },
        description: { nl: 'Agenten delen ervaringen.' },
        themes: ['safety'],
        targetGroups: ['resident', 'policymaker', 'professional'],
        scale: ['local', 'regional', 'national'],
      }),
    ],
    networks: [],
    sharedQuestions: [sharedQuestion('q-trust', 'Hoe win je het vertrouwen van inwoners terug?', { themes: ['participation'] })],
  };
}
