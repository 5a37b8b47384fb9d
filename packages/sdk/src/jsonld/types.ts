/** The schema.org nodes this module writes (https://schema.org), typed as they come out. */

export const SCHEMA_ORG = 'https://schema.org';

export interface JsonLdOrganization {
  readonly '@type': 'Organization';
  readonly name: string;
}

/** A target group. */
export interface JsonLdAudience {
  readonly '@type': 'Audience';
  readonly audienceType: string;
}

/** A theme, as a term of the learning agenda's theme list. */
export interface JsonLdDefinedTerm {
  readonly '@type': 'DefinedTerm';
  readonly name: string;
  readonly termCode: string;
}

export interface JsonLdPlace {
  readonly '@type': 'Place';
  readonly name: string;
}

/** Only written when the data says where (a region) or how (online only). */
export interface JsonLdCourseInstance {
  readonly '@type': 'CourseInstance';
  readonly location?: JsonLdPlace;
  readonly courseMode?: string;
}

interface JsonLdOfferingBase {
  readonly '@context'?: typeof SCHEMA_ORG;
  readonly identifier: string;
  readonly name: string;
  readonly description: string;
  readonly inLanguage: string;
  readonly audience: readonly JsonLdAudience[];
  readonly about: readonly JsonLdDefinedTerm[];
  readonly url?: string;
}

/** A long-running or short offering. */
export interface JsonLdCourse extends JsonLdOfferingBase {
  readonly '@type': 'Course';
  readonly provider: JsonLdOrganization;
  /** The learning forms. */
  readonly learningResourceType: readonly string[];
  readonly hasCourseInstance?: readonly JsonLdCourseInstance[];
}

/** A one-off offering. */
export interface JsonLdEvent extends JsonLdOfferingBase {
  readonly '@type': 'Event';
  readonly organizer: JsonLdOrganization;
  /** The learning forms, comma-separated. */
  readonly keywords: string;
  readonly location?: JsonLdPlace;
}

export type JsonLdOffering = JsonLdCourse | JsonLdEvent;

export interface JsonLdListItem {
  readonly '@type': 'ListItem';
  readonly position: number;
  readonly item: JsonLdOffering;
}

export interface JsonLdItemList {
  readonly '@context': typeof SCHEMA_ORG;
  readonly '@type': 'ItemList';
  readonly name?: string;
  readonly numberOfItems: number;
  readonly itemListElement: readonly JsonLdListItem[];
}
