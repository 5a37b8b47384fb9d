export { offeringToJsonLd } from './offering.js';
export type { JsonLdOptions } from './offering.js';
export { catalogueToJsonLd } from './catalogue.js';
export { toJsonLdScriptText } from './script.js';
export { SCHEMA_ORG } from './types.js';
export type {
  JsonLdAudience,
  JsonLdCourse,
  JsonLdCourseInstance,
  JsonLdDefinedTerm,
  JsonLdEvent,
  JsonLdItemList,
  JsonLdListItem,
  JsonLdOffering,
  JsonLdOrganization,
  JsonLdPlace,
} from './types.js';
