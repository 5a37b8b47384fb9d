/**
 * Light Dutch compound splitting, as data. Dutch writes compounds as one word ("buurtbewoners",
 * "wijkaanpak", "veiligheidsaanpak"); a search for "bewoners" or "aanpak" should still find them.
 *
 * Only parts listed here (and the single words of the synonym lexicon, as heads) are split off, so
 * a word is never cut into fragments nobody meant. Written normalised: lowercase, no diacritics.
 */

/** Words that may end a compound, besides the lexicon's own single words: "wijkaanpak" → "aanpak". */
export const COMPOUND_HEADS: readonly string[] = [
  'wijk',
  'aanpak',
  'kracht',
  'netwerk',
  'opgave',
  'opgaven',
  'agenda',
  'team',
  'teams',
  'vernieuwing',
  'initiatief',
  'initiatieven',
];

/**
 * Words that may start a compound, as the form written inside the compound (with its linking "s"
 * where Dutch uses one) mapped to the word itself: "wijkaanpak" → "wijk" + "aanpak",
 * "veiligheidsaanpak" → "veiligheid" + "aanpak".
 */
export const COMPOUND_MODIFIERS: Readonly<Record<string, string>> = {
  wijk: 'wijk',
  buurt: 'buurt',
  stads: 'stad',
  bewoners: 'bewoners',
  burger: 'burger',
  gemeente: 'gemeente',
  school: 'school',
  onderwijs: 'onderwijs',
  energie: 'energie',
  armoede: 'armoede',
  schulden: 'schulden',
  jeugd: 'jeugd',
  jongeren: 'jongeren',
  woning: 'woning',
  veiligheids: 'veiligheid',
  leefbaarheids: 'leefbaarheid',
  corona: 'corona',
  gebieds: 'gebied',
  ondermijnings: 'ondermijning',
  preventie: 'preventie',
  kennis: 'kennis',
  gemeenschaps: 'gemeenschap',
  zorg: 'zorg',
};

/** Shortest part worth splitting off, and shortest word worth splitting. */
export const MIN_COMPOUND_PART = 4;
export const MIN_COMPOUND_WORD = 8;
