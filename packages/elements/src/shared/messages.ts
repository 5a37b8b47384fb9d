/**
 * Every UI string of every widget, in Dutch and English.
 *
 * One file per widget lives in `./messages/<widget>.ts` and exports `nl` (the literal source of
 * truth) and `en: MessageShape<typeof nl>`. To add a widget: import its file below and add ONE
 * entry to `catalogue`. Domain words (themes, target groups, scales …) are not here: they come
 * from the SDK (`label`, `localize`, `formatReason`) through `./domain.ts`.
 *
 * Hosts override any string per language with {@link setMessages}; elements re-render.
 */
import * as agendaBrowser from './messages/agenda-browser.js';
import * as common from './messages/common.js';
import * as gapMap from './messages/gap-map.js';
import * as offeringFinder from './messages/offering-finder.js';
import * as offeringForm from './messages/offering-form.js';
import * as questionForm from './messages/question-form.js';
import * as stepPlan from './messages/step-plan.js';
import * as takePart from './messages/take-part.js';
import type { DeepPartial, MessageShape } from './messages/types.js';

export type { DeepPartial, MessageShape } from './messages/types.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const catalogue = {
  agendaBrowser,
  common,
  gapMap,
  offeringFinder,
  offeringForm,
  questionForm,
  stepPlan,
  takePart,
} satisfies Record<string, { nl: object; en: object }>;

type Catalogue = typeof catalogue;
/** The full message tree; `Messages['common']['retry']` is a string. */
export type Messages = { readonly [K in keyof Catalogue]: MessageShape<Catalogue[K]['nl']> };
export type MessageOverrides = DeepPartial<Messages>;

function base(lang: Lang): Messages {
  const out: Record<string, object> = {};
  for (const [key, part] of Object.entries(catalogue)) out[key] = part[lang];
  return out as Messages;
}

const overrides: Record<Lang, MessageOverrides> = { nl: {}, en: {} };
const cache = new Map<Lang, Messages>();
const listeners = new Set<() => void>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns `target` with `patch` laid over it. With `strict`, every patched key must exist in
 * `target` with a compatible kind (used to check a patch against the full tree); without, new
 * keys are taken as they are (used to accumulate sparse overrides).
 */
function merge(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
  path: string,
  strict = true,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = target[key];
    const where = path ? `${path}.${key}` : key;
    if (current === undefined && !strict) {
      out[key] = isPlainObject(value) ? merge({}, value, where, false) : value;
      continue;
    }
    if (current === undefined) throw new Error(`leernetwerk: setMessages: unknown message key "${where}"`);
    if (isPlainObject(current)) {
      if (!isPlainObject(value)) throw new Error(`leernetwerk: setMessages: "${where}" is a group; pass an object`);
      out[key] = merge(current, value, where, strict);
    } else if (typeof current === 'function') {
      // A host may replace a parametrised message with a function, or with a fixed string.
      if (typeof value !== 'function' && typeof value !== 'string')
        throw new Error(`leernetwerk: setMessages: "${where}" expects a string or a function`);
      out[key] = value;
    } else {
      if (typeof value !== 'string') throw new Error(`leernetwerk: setMessages: "${where}" expects a string`);
      out[key] = value;
    }
  }
  return out;
}

/** Maps any BCP 47 tag (`nl-BE`, `EN-gb`) to a supported language; unknown or empty → Dutch. */
export function toLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : 'nl';
}

/**
 * The messages for a language, with host overrides applied.
 * @example msg('en').common.retry // 'Try again'
 */
export function msg(lang: Lang): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = merge(base(lang) as unknown as Record<string, unknown>, overrides[lang] as Record<string, unknown>, '') as Messages;
    cache.set(lang, m);
  }
  return m;
}

/**
 * Overrides any UI string for one language; unspecified strings keep their default. Calls add
 * up; `setMessages(lang, null)` drops all overrides for that language. Unknown keys throw, so a
 * typo is noticed. A parametrised message may be replaced by a function or a fixed string.
 * @example setMessages('nl', { common: { retry: 'Nog een keer' } })
 */
export function setMessages(lang: Lang, patch: MessageOverrides | null): void {
  if (!LANGS.includes(lang)) throw new Error(`leernetwerk: setMessages: unsupported language "${String(lang)}"`);
  if (patch === null) {
    overrides[lang] = {};
  } else {
    // Validate against the full tree first so a bad patch changes nothing.
    merge(base(lang) as unknown as Record<string, unknown>, patch as Record<string, unknown>, '');
    overrides[lang] = merge(
      overrides[lang] as Record<string, unknown>,
      patch as Record<string, unknown>,
      '',
      false,
    ) as MessageOverrides;
  }
  cache.delete(lang);
  for (const fn of [...listeners]) fn();
}

/** Calls `fn` whenever overrides change; returns an unsubscribe function. */
export function onMessagesChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
