import { runToEnd, type Steps } from '../internal/slices.js';
import { COMPOUND_HEADS, COMPOUND_MODIFIERS, MIN_COMPOUND_PART } from './compounds.js';
import { normalize } from './normalize.js';
import { stem } from './stem.js';
import type { SynonymGroup } from './synonyms.js';

/** The synonym lexicon and compound parts, compiled for fast lookup. */
export interface Lexicon {
  /** Group ids per term, keyed by the normalised term without spaces ("wij zij" → "wijzij"). */
  readonly groupsOf: ReadonlyMap<string, readonly string[]>;
  /**
   * Group ids by the stem of single-word terms, for word forms the data does not list
   * ("veerkrachtiger" → "veerkracht"). Short stems are left out: "werken" is not "werk".
   */
  readonly groupsOfStem: ReadonlyMap<string, readonly string[]>;
  /** Multi-word terms by their first word, longest first, as word lists. */
  readonly phrasesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Words that may end a compound. */
  readonly heads: ReadonlySet<string>;
  /** Compound-initial forms and the word each stands for. */
  readonly modifiers: ReadonlyMap<string, string>;
}

/** Stems shorter than this are too ambiguous to stand for a synonym group. */
export const MIN_GROUP_STEM = 5;

const addTo = (map: Map<string, string[]>, key: string, id: string) => {
  const ids = map.get(key) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(key, ids);
};

/** Compiles synonym groups (and the compound data) into a {@link Lexicon}. */
export function compileLexicon(groups: readonly SynonymGroup[]): Lexicon {
  return runToEnd(lexiconSteps(groups));
}

/**
 * {@link compileLexicon} in units of work, one synonym group each (stemming a group's words is the
 * cost), so a build in slices gives the event loop back while the lexicon is compiled.
 */
export function* lexiconSteps(groups: readonly SynonymGroup[]): Steps<Lexicon> {
  const groupsOf = new Map<string, string[]>();
  const groupsOfStem = new Map<string, string[]>();
  const phrases = new Map<string, string[][]>();
  const heads = new Set<string>(COMPOUND_HEADS);
  for (const group of groups) {
    for (const term of group.terms) {
      const words = normalize(term).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const key = words.join('');
      addTo(groupsOf, key, group.id);
      if (words.length > 1) {
        const first = words[0]!;
        const list = phrases.get(first) ?? [];
        if (!list.some((p) => p.join(' ') === words.join(' '))) list.push(words);
        phrases.set(first, list);
      } else {
        if (key.length > MIN_COMPOUND_PART) heads.add(key);
        const stemmed = stem(key);
        if (stemmed.length >= MIN_GROUP_STEM) addTo(groupsOfStem, stemmed, group.id);
      }
    }
    yield;
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return {
    groupsOf,
    groupsOfStem,
    phrasesByFirstWord: phrases,
    heads,
    modifiers: new Map(Object.entries(COMPOUND_MODIFIERS)),
  };
}
