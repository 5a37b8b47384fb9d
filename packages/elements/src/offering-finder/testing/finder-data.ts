// Test-only data for the finder and the offering form: the default dataset (the 2021 report)
// plus three made-up offerings about trust ("vertrouwen"), which the report names as a white
// spot without offerings. They are marked synthetic and say so in their own text.
import { defaultDataset } from '@leernetwerk/data';
import type { Dataset, Offering } from '@leernetwerk/sdk';

const trust: Offering[] = [
  {
    id: 'test-buurtgesprekken-vertrouwen',
    title: { nl: 'Buurtgesprekken over vertrouwen', en: 'Neighbourhood talks on trust' },
    provider: 'Testnetwerk Oost',
    description: {
      nl: 'Verzonnen testaanbod. Bewoners, wijkagenten en de gemeente werken samen aan vertrouwen in de wijk.',
      en: 'Made-up test offering. Residents, community police officers and the municipality work on trust in the neighbourhood.',
    },
    themes: ['safety', 'participation'],
    targetGroups: ['resident', 'professional'],
    learningForms: ['learning-circle'],
    scale: ['local'],
    direction: ['vertical'],
    domainScope: ['cross-domain'],
    url: 'https://example.org/buurtgesprekken',
    synthetic: true,
  },
  {
    id: 'test-leerkring-vertrouwen-instituties',
    title: { nl: 'Leerkring vertrouwen in instituties' },
    provider: 'Testnetwerk Regio',
    description: { nl: 'Verzonnen testaanbod. Beleidsmakers leren hoe zij het vertrouwen van bewoners herstellen.' },
    themes: ['participation'],
    targetGroups: ['policymaker'],
    learningForms: ['learning-circle', 'intervisie'],
    scale: ['regional'],
    direction: ['horizontal'],
    domainScope: ['within-domain'],
    synthetic: true,
  },
  {
    id: 'test-masterclass-vertrouwen',
    title: { nl: 'Masterclass herstel van vertrouwen' },
    provider: 'Testacademie',
    description: { nl: 'Verzonnen testaanbod. Een eenmalige masterclass over vertrouwen en polarisatie in wijken.' },
    themes: ['safety'],
    targetGroups: ['professional', 'administrator'],
    learningForms: ['masterclass'],
    scale: ['national', 'local'],
    direction: ['horizontal'],
    domainScope: ['cross-domain'],
    duration: 'one-off',
    synthetic: true,
  },
];

export const finderDataset: Dataset = { ...defaultDataset, offerings: [...defaultDataset.offerings, ...trust] };

/** A Blob URL the elements' `src` can load (no server needed). */
export function jsonUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}
