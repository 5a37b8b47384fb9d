/**
 * Every UI string of every widget, in Dutch and English.
 *
 * One file per widget lives in `./messages/<widget>.ts` and exports `nl` (the literal source of
 * truth); its English is `./messages/en/<widget>.ts` (`en: MessageShape<typeof nl>`). To add a
 * widget: import its Dutch below and add ONE entry to `dutch`, and its English to
 * `./messages/en/index.ts`. Domain words (themes, target groups, scales …) are not here: they
 * come from the SDK (`labelIn`, `localize`, `formatReasonIn`) through `./domain.ts`, with the
 * SDK's messages of the same language ({@link sdkMessages}).
 *
 * Dutch is in the bundle; English (these strings and the SDK's) is a chunk of its own, loaded
 * the first time an element resolves to English ({@link messagesReady}): a Dutch page never
 * downloads it. Hosts override any string per language with {@link setMessages}; elements
 * re-render.
 */
import type { Messages as SdkMessages } from '@leernetwerk/sdk';
import { nl as sdkDutch } from '@leernetwerk/sdk/messages/nl';
import { nl as agendaBrowser } from './messages/agenda-browser.js';
import { nl as common } from './messages/common.js';
import { nl as gapMap } from './messages/gap-map.js';
import { nl as offeringFinder } from './messages/offering-finder.js';
import { nl as offeringForm } from './messages/offering-form.js';
import { nl as questionForm } from './messages/question-form.js';
import { nl as stepPlan } from './messages/step-plan.js';
import { nl as takePart } from './messages/take-part.js';
import type { DeepPartial, MessageShape } from './messages/types.js';

export type { DeepPartial, MessageShape } from './messages/types.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const dutch = { agendaBrowser, common, gapMap, offeringFinder, offeringForm, questionForm, stepPlan, takePart };

/** The full message tree; `Messages['common']['retry']` is a string. */
export type Messages = { readonly [K in keyof typeof dutch]: MessageShape<(typeof dutch)[K]> };
export type MessageOverrides = DeepPartial<Messages>;

/** Everything one language says: the widgets' strings and the SDK's. */
export interface Language {
  readonly ui: Messages;
  readonly sdk: SdkMessages;
}

const loaded: Partial<Record<Lang, Language>> = { nl: { ui: dutch, sdk: sdkDutch } };
const loaders: Record<Exclude<Lang, 'nl'>, () => Promise<Language>> = {
  en: () => import('./messages/en/index.js').then((module) => module.english),
};
const pending: Partial<Record<Lang, Promise<void>>> = {};

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
 * Loads a language's messages if they are not there yet. Returns `undefined` when they are
 * (always for Dutch), else a promise that settles once they are; elements wait for it before
 * they render, so an English page never shows Dutch first. When loading fails the promise still
 * resolves: the elements then speak Dutch, and the next call tries again.
 * @example await messagesReady('en'); msg('en').common.retry // 'Try again'
 */
export function messagesReady(lang: Lang): Promise<void> | undefined {
  if (loaded[lang] || lang === 'nl') return undefined;
  return (pending[lang] ??= loaders[lang]().then(
    (language) => {
      loaded[lang] = language;
      changed(lang);
    },
    (error: unknown) => {
      delete pending[lang];
      console.warn(`leernetwerk: messages: the ${lang} messages could not be loaded; showing Dutch`, error);
    },
  ));
}

/**
 * The messages for a language, with host overrides applied. Until a language has loaded (see
 * {@link messagesReady}, which this starts), its place is taken by Dutch.
 * @example msg('en').common.retry // 'Try again'
 */
export function msg(lang: Lang): Messages {
  let m = cache.get(lang);
  if (!m) {
    void messagesReady(lang);
    const base = (loaded[lang] ?? loaded.nl!).ui;
    m = merge(base as unknown as Record<string, unknown>, overrides[lang] as Record<string, unknown>, '') as Messages;
    if (loaded[lang]) cache.set(lang, m);
  }
  return m;
}

/**
 * The SDK's messages for a language, for `labelIn`, `formatReasonIn` … (Dutch until the language
 * has loaded, as with {@link msg}).
 * @example formatReasonIn(sdkMessages('en'), reason, dataset)
 */
export function sdkMessages(lang: Lang): SdkMessages {
  return (loaded[lang] ?? loaded.nl!).sdk;
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
    // Validate against the full tree first so a bad patch changes nothing. Every language has
    // the shape of the Dutch tree, which is always here.
    merge(dutch as unknown as Record<string, unknown>, patch as Record<string, unknown>, '');
    overrides[lang] = merge(
      overrides[lang] as Record<string, unknown>,
      patch as Record<string, unknown>,
      '',
      false,
    ) as MessageOverrides;
  }
  changed(lang);
}

function changed(lang: Lang): void {
  cache.delete(lang);
  for (const fn of [...listeners]) fn();
}

/** Calls `fn` whenever overrides change or a language arrives; returns an unsubscribe function. */
export function onMessagesChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
