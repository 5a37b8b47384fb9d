import type { Lang } from '../messages/index.js';
import type { Dataset } from '../schema/index.js';
import { offeringNode } from './offering.js';
import { SCHEMA_ORG } from './types.js';
import type { JsonLdItemList } from './types.js';

/**
 * The catalogue as a schema.org `ItemList` of its offerings, in dataset order.
 *
 * @example
 * const script = toJsonLdScriptText(catalogueToJsonLd(dataset, { lang: 'nl' }));
 */
export function catalogueToJsonLd(dataset: Dataset, options: { readonly lang?: Lang } = {}): JsonLdItemList {
  const lang = options.lang ?? 'nl';
  return {
    '@context': SCHEMA_ORG,
    '@type': 'ItemList',
    ...(dataset.title === undefined ? {} : { name: dataset.title }),
    numberOfItems: dataset.offerings.length,
    itemListElement: dataset.offerings.map((offering, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: offeringNode(offering, { lang, dataset }),
    })),
  };
}
