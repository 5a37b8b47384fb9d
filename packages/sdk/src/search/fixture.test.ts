// Shared by the search tests (holds no tests itself): a hand-made catalogue small enough to
// count by eye, and a fake matcher whose full text is plain word-prefix matching.
import type { Dataset, Offering } from '../schema/index.js';
import type { OfferingTextHit, SearchSource } from './types.js';

type Spec = Pick<Offering, 'id' | 'provider' | 'themes' | 'targetGroups' | 'learningForms' | 'scale' | 'direction' | 'domainScope'> & {
  title: string;
  description: string;
};

const offering = ({ title, description, ...rest }: Spec): Offering => ({
  ...rest,
  title: { nl: title },
  description: { nl: description },
});

export const offerings: Offering[] = [
  offering({
    id: 'o1', title: 'Vertrouwen in de wijk', description: 'Intervisie over verbinding in de buurt.',
    provider: 'Movisie', themes: ['safety', 'participation'], targetGroups: ['professional', 'resident'],
    learningForms: ['intervisie'], scale: ['local'], direction: ['horizontal'], domainScope: ['within-domain'],
  }),
  offering({
    id: 'o2', title: 'Leerkring sociale stijging', description: 'Scholen en werkgevers leren samen.',
    provider: 'Platform31', themes: ['education', 'work'], targetGroups: ['policymaker'],
    learningForms: ['learning-circle'], scale: ['regional'], direction: ['vertical'], domainScope: ['cross-domain'],
  }),
  offering({
    id: 'o3', title: 'Masterclass wonen en zorg', description: 'Weer thuis in de wijk.',
    provider: 'Platform31', themes: ['housing', 'health-care'], targetGroups: ['policymaker', 'professional'],
    learningForms: ['masterclass'], scale: ['national'], direction: ['horizontal'], domainScope: ['cross-domain'],
  }),
  offering({
    id: 'o4', title: 'Netwerk wijkagenten', description: 'Wijkagenten delen ervaringen.',
    provider: 'Landelijk Platform Professie Wijkagent', themes: ['safety'], targetGroups: ['professional'],
    learningForms: ['peer-network'], scale: ['national'], direction: ['horizontal'], domainScope: ['within-domain'],
  }),
  offering({
    id: 'o5', title: 'Één wijk, één plan', description: 'Werkbezoek gebiedsgericht werken.',
    provider: 'KIS', themes: ['area-based-working'], targetGroups: ['administrator', 'policymaker'],
    learningForms: ['excursion'], scale: ['regional', 'local'], direction: ['vertical', 'horizontal'],
    domainScope: ['cross-domain'],
  }),
  offering({
    id: 'o6', title: 'Bewoners leren van bewoners', description: 'Een leergemeenschap van actieve bewoners.',
    provider: 'LSA Bewoners', themes: ['participation'], targetGroups: ['resident'],
    learningForms: ['learning-community'], scale: ['local'], direction: ['horizontal'], domainScope: ['within-domain'],
  }),
  offering({
    id: 'o7', title: 'Aanpak ondermijning', description: 'Kenniswerkplaats zorg en veiligheid, vertrouwen en signalering.',
    provider: 'CCV', themes: ['safety', 'health-care'], targetGroups: ['policymaker', 'professional'],
    learningForms: ['knowledge-workshop'], scale: ['regional'], direction: ['vertical'], domainScope: ['cross-domain'],
  }),
  offering({
    id: 'o8', title: 'Vertrouwen herstellen', description: 'Training voor de eigen organisatie.',
    provider: 'Movisie', themes: ['safety'], targetGroups: ['professional'],
    learningForms: ['training'], scale: ['organisation'], direction: ['horizontal'], domainScope: ['within-domain'],
  }),
];

const theme = (id: string, kind: 'content' | 'process', nl: string) => ({
  id, kind, label: { nl }, source: { section: '2.2' },
});

export const dataset: Dataset = {
  schemaVersion: 1,
  updated: '2021-02-11',
  themes: [
    theme('education', 'content', 'Onderwijs'),
    theme('work', 'content', 'Werk'),
    theme('safety', 'content', 'Veiligheid'),
    theme('housing', 'content', 'Wonen'),
    theme('health-care', 'content', 'Gezondheid, zorg en welzijn'),
    theme('participation', 'process', 'Participatie'),
    theme('area-based-working', 'process', 'Gebiedsgericht werken'),
  ],
  targetGroups: [],
  learningForms: [],
  agenda: [],
  offerings,
  networks: [],
};

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Full text by word prefix: a title match scores 2, a description match 1, per query word. */
export function fakeMatcher(data: Dataset = dataset): SearchSource & { calls: string[] } {
  const calls: string[] = [];
  return {
    dataset: data,
    calls,
    offeringText(query: string) {
      calls.push(query);
      const hits = new Map<string, OfferingTextHit>();
      const asked = words(query);
      for (const o of data.offerings) {
        const fields = { title: words(o.title.nl), description: words(o.description.nl) };
        let score = 0;
        const match: Record<string, string[]> = {};
        for (const term of asked) {
          for (const [field, tokens] of Object.entries(fields)) {
            if (!tokens.some((token) => token.startsWith(term))) continue;
            score += field === 'title' ? 2 : 1;
            (match[term] ??= []).push(field);
          }
        }
        if (score > 0) hits.set(o.id, { score, terms: Object.keys(match), match });
      }
      return hits;
    },
  };
}
