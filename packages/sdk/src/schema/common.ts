import * as z from 'zod/mini';

/** A stable, URL-safe id: lowercase letters, digits and dashes. */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Text in Dutch (always) and English (when translated). Search works on the Dutch. */
export const LocalizedTextSchema = z.object({
  nl: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Where in the report a record comes from, e.g. `{ section: '3.1', quote: 'Hoe bundel je geldstromen …' }`. */
export const SourceSchema = z.object({
  section: z.string().check(z.minLength(1)),
  quote: z.optional(z.string()),
});
export type Source = z.infer<typeof SourceSchema>;

export const IsoDateSchema = z.iso.date();

/** A non-empty array without duplicates. */
export const nonEmptyUnique = <T extends z.core.SomeType>(item: T) =>
  z.array(item).check(
    z.minLength(1),
    z.refine((values: unknown[]) => new Set(values).size === values.length, { error: 'duplicate values' }),
  );
