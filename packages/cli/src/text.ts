import type { Lang } from './lang.js';

/**
 * The command line's own words (usage, summaries, headings). Words about the domain —
 * labels, reasons, dataset problems — come from the SDK's messages module.
 */
const nl = {
  fileNotFound: (file: string) => `leernetwerk: ${file}: bestand niet gevonden`,
  cannotRead: (file: string, code: string) => `leernetwerk: ${file}: kan bestand niet lezen (${code})`,
  cannotWrite: (file: string, code: string) => `leernetwerk: ${file}: kan bestand niet schrijven (${code})`,
  unknownCommand: (name: string) => `leernetwerk: onbekende opdracht '${name}'`,
  unknownOption: (option: string) => `leernetwerk: onbekende optie ${option}`,
  missingValue: (option: string) => `leernetwerk: optie ${option} vraagt een waarde`,
  takesNoValue: (option: string) => `leernetwerk: optie ${option} neemt geen waarde`,
  badLang: () => `leernetwerk: --lang: kies nl of en`,
  badArguments: () => `leernetwerk: ongeldige argumenten`,
  missingArgument: (what: string) => `leernetwerk: ${what} ontbreekt`,
  tooManyArguments: () => `leernetwerk: te veel argumenten`,
  expectedOneOf: (option: string, values: readonly string[]) => `leernetwerk: ${option}: kies uit ${values.join(', ')}`,
  expectedPositiveInteger: (option: string) => `leernetwerk: ${option}: verwacht een geheel getal groter dan 0`,
  seeHelp: (command?: string) => `Zie: leernetwerk ${command ? `${command} ` : ''}--help`,
  internalError: (message: string) => `leernetwerk: interne fout: ${message}`,
};

export type CliText = typeof nl;

const en: CliText = {
  fileNotFound: (file) => `leernetwerk: ${file}: file not found`,
  cannotRead: (file, code) => `leernetwerk: ${file}: cannot read file (${code})`,
  cannotWrite: (file, code) => `leernetwerk: ${file}: cannot write file (${code})`,
  unknownCommand: (name) => `leernetwerk: unknown command '${name}'`,
  unknownOption: (option) => `leernetwerk: unknown option ${option}`,
  missingValue: (option) => `leernetwerk: option ${option} needs a value`,
  takesNoValue: (option) => `leernetwerk: option ${option} takes no value`,
  badLang: () => `leernetwerk: --lang: choose nl or en`,
  badArguments: () => `leernetwerk: invalid arguments`,
  missingArgument: (what) => `leernetwerk: missing ${what}`,
  tooManyArguments: () => `leernetwerk: too many arguments`,
  expectedOneOf: (option, values) => `leernetwerk: ${option}: choose from ${values.join(', ')}`,
  expectedPositiveInteger: (option) => `leernetwerk: ${option}: expected a whole number above 0`,
  seeHelp: (command) => `See: leernetwerk ${command ? `${command} ` : ''}--help`,
  internalError: (message) => `leernetwerk: internal error: ${message}`,
};

export function text(lang: Lang): CliText {
  return lang === 'en' ? en : nl;
}
