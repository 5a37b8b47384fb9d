import { label, localize } from '../messages/index.js';
import type { Lang } from '../messages/index.js';
import type { Dataset, Offering } from '../schema/index.js';
import { SCHEMA_ORG } from './types.js';
import type { JsonLdCourseInstance, JsonLdOffering } from './types.js';

export interface JsonLdOptions {
  readonly lang: Lang;
  /** Names the themes; without it, themes are named by their id. */
  readonly dataset?: Dataset;
}

/**
 * An offering as schema.org JSON-LD, for search engines: a one-off offering is an `Event`,
 * anything else a `Course`. The text is in one language throughout: English only when the
 * offering's title and description both have it, else Dutch, and `inLanguage` says which.
 * Nothing is invented: no dates, no `url` unless the offering has one, and a `CourseInstance`
 * only when the data says where (a region) or that it is online only.
 *
 * @example
 * const node = offeringToJsonLd(offering, { lang: 'nl', dataset });
 * // { '@context': 'https://schema.org', '@type': 'Course', name: 'Intervisie voor wijkagenten', … }
 */
export function offeringToJsonLd(offering: Offering, options: JsonLdOptions): JsonLdOffering {
  return { '@context': SCHEMA_ORG, ...offeringNode(offering, options) };
}

/** The node without `@context`, for use inside another node. */
export function offeringNode(offering: Offering, { lang, dataset }: JsonLdOptions): JsonLdOffering {
  const inLanguage: Lang = lang === 'en' && offering.title.en && offering.description.en ? 'en' : 'nl';
  const organisation = { '@type': 'Organization', name: offering.provider } as const;
  const forms = offering.learningForms.map((form) => label('learningForm', form, inLanguage));
  const place = offering.region === undefined ? undefined : ({ '@type': 'Place', name: offering.region } as const);
  const common = {
    identifier: offering.id,
    name: localize(offering.title, inLanguage),
    description: localize(offering.description, inLanguage),
    inLanguage,
    audience: offering.targetGroups.map((group) => ({
      '@type': 'Audience' as const,
      audienceType: label('targetGroup', group, inLanguage),
    })),
    about: offering.themes.map((theme) => ({
      '@type': 'DefinedTerm' as const,
      name: label('theme', theme, inLanguage, dataset),
      termCode: theme,
    })),
    ...(offering.url === undefined ? {} : { url: offering.url }),
  };
  if (offering.duration === 'one-off') {
    return {
      '@type': 'Event',
      ...common,
      organizer: organisation,
      keywords: forms.join(', '),
      ...(place === undefined ? {} : { location: place }),
    };
  }
  const onlineOnly = offering.learningForms.every((form) => form === 'online-community');
  const instance: JsonLdCourseInstance | undefined =
    place === undefined && !onlineOnly
      ? undefined
      : {
          '@type': 'CourseInstance',
          ...(place === undefined ? {} : { location: place }),
          ...(onlineOnly ? { courseMode: 'online' } : {}),
        };
  return {
    '@type': 'Course',
    ...common,
    provider: organisation,
    learningResourceType: forms,
    ...(instance === undefined ? {} : { hasCourseInstance: [instance] }),
  };
}
