import type { MessageShape } from './types.js';

/**
 * Words of `<ln-step-plan>` around the SDK's step-plan texts (step titles, questions and hints
 * come from `stepText` / `stepQuestionText`; option names and reasons from `formatSuggestion`).
 */
export const nl = {
  title: 'Stappenplan voor een nieuw leernetwerk',
  intro:
    'Met dit stappenplan zet u een nieuw leernetwerk op. Wat u al heeft ingevuld, staat er al in. Het coördinatieteam kan u helpen: u kunt het zelf doen met hulp, of het samen opzetten.',
  progress: (answered: number, total: number) => `U heeft ${answered} van de ${total} vragen al beantwoord.`,
  step: (n: number) => `Stap ${n}`,
  stepProgress: (answered: number, total: number) =>
    total === 0 ? 'geen vragen' : `${answered} van ${total} beantwoord`,
  fromQuestion: 'uit uw vraag',
  open: 'Nog open',
  optional: 'Dit hoeft niet',
  notAnswered: 'Nog niet beantwoord',
  suggestions: 'Suggesties',
  buildOn: 'Bestaande netwerken om bij aan te sluiten',
  openQuestions: (n: number) => (n === 1 ? 'Er is nog 1 open vraag.' : `Er zijn nog ${n} open vragen.`),
  download: 'Download als tekstbestand',
  copy: 'Kopieer als tekst',
  copied: 'Het stappenplan is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
  textLabel: 'Het stappenplan als tekst',
  fileName: 'stappenplan-leernetwerk.txt',
  textHeader: 'Stappenplan voor een nieuw leernetwerk',
  textAnswer: 'Antwoord',
  textOpen: 'Nog open',
  textSuggestions: 'Suggesties',
} as const;

export const en: MessageShape<typeof nl> = {
  title: 'Step plan for a new learning network',
  intro:
    'This step plan helps you set up a new learning network. What you filled in already is in it. The coordination team can help: you can do it yourself with help, or set it up together.',
  progress: (answered, total) => `You have answered ${answered} of the ${total} questions already.`,
  step: (n) => `Step ${n}`,
  stepProgress: (answered, total) => (total === 0 ? 'no questions' : `${answered} of ${total} answered`),
  fromQuestion: 'from your question',
  open: 'Still open',
  optional: 'Optional',
  notAnswered: 'Not answered yet',
  suggestions: 'Suggestions',
  buildOn: 'Existing networks to build on',
  openQuestions: (n) => (n === 1 ? 'There is 1 open question.' : `There are ${n} open questions.`),
  download: 'Download as a text file',
  copy: 'Copy as text',
  copied: 'The step plan has been copied.',
  copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
  textLabel: 'The step plan as text',
  fileName: 'step-plan-learning-network.txt',
  textHeader: 'Step plan for a new learning network',
  textAnswer: 'Answer',
  textOpen: 'Still open',
  textSuggestions: 'Suggestions',
};
