import type { MessageShape } from './types.js';

/**
 * Words of `<ln-step-plan>` around the SDK's step-plan texts (step titles, questions and hints
 * come from `stepText` / `stepQuestionText`; option names and reasons from `label` and
 * `formatSuggestion`).
 */
export const nl = {
  title: 'Stappenplan voor een nieuw leernetwerk',
  intro:
    'Met dit stappenplan zet u een nieuw leernetwerk op. U gaat stap voor stap door de vragen. Wat u al heeft ingevuld, staat er al in. Het coördinatieteam kan u helpen: u kunt het zelf doen met hulp, of het samen opzetten.',
  stepsLabel: 'Stappen van het stappenplan',
  stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
  step: (n: number) => `Stap ${n}`,
  stepProgress: (answered: number, total: number) =>
    total === 0 ? 'geen vragen' : `${answered} van ${total} beantwoord`,
  overview: 'Overzicht',
  progressLabel: 'Ingevuld',
  completeness: (percent: number) => `Uw stappenplan is voor ${percent}% ingevuld.`,
  openQuestions: (n: number) =>
    n === 0 ? 'Alle vragen die ertoe doen, zijn beantwoord.' : n === 1 ? 'Er is nog 1 open vraag.' : `Er zijn nog ${n} open vragen.`,
  fromQuestion: 'Overgenomen uit uw vraag. U kunt het hier aanpassen.',
  optionalHint: 'Dit hoeft niet.',
  noChoice: 'Nog niet gekozen',
  suggestions: 'Suggesties',
  buildOn: 'Bestaande netwerken om bij aan te sluiten',
  formsForGroup: 'Past bij de leerbehoefte van uw groep',
  use: 'Gebruik dit',
  back: 'Vorige stap',
  next: 'Volgende stap',
  toOverview: 'Naar het overzicht',
  overviewTitle: 'Overzicht van uw stappenplan',
  overviewIntro:
    'Dit is uw hele stappenplan. U kunt elke stap nog wijzigen. Neem het plan mee als tekst: kopieer het of download het als tekstbestand.',
  changeStep: (n: number) => `Wijzig stap ${n}`,
  open: 'Nog open',
  optional: 'Dit hoeft niet',
  download: 'Download als tekstbestand',
  copy: 'Kopieer als tekst',
  copied: 'Het stappenplan is gekopieerd.',
  downloaded: 'Het stappenplan is gedownload.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
  textLabel: 'Het stappenplan als tekst',
  fileName: 'stappenplan-leernetwerk.txt',
  textHeader: 'Stappenplan voor een nieuw leernetwerk',
  textAnswer: 'Antwoord',
  textOpen: 'Nog open',
  textSuggestions: 'Suggesties',
  textCompleteness: (percent: number) => `Ingevuld: ${percent}%`,
} as const;

export const en: MessageShape<typeof nl> = {
  title: 'Step plan for a new learning network',
  intro:
    'This step plan helps you set up a new learning network. You go through the questions step by step. What you filled in already is in it. The coordination team can help: you can do it yourself with help, or set it up together.',
  stepsLabel: 'Steps of the step plan',
  stepOf: (n, total) => `Step ${n} of ${total}`,
  step: (n) => `Step ${n}`,
  stepProgress: (answered, total) => (total === 0 ? 'no questions' : `${answered} of ${total} answered`),
  overview: 'Overview',
  progressLabel: 'Filled in',
  completeness: (percent) => `Your step plan is ${percent}% filled in.`,
  openQuestions: (n) =>
    n === 0 ? 'Every question that counts has been answered.' : n === 1 ? 'There is 1 open question.' : `There are ${n} open questions.`,
  fromQuestion: 'Taken from your question. You can change it here.',
  optionalHint: 'This is optional.',
  noChoice: 'Not chosen yet',
  suggestions: 'Suggestions',
  buildOn: 'Existing networks to build on',
  formsForGroup: 'Fits the learning needs of your group',
  use: 'Use this',
  back: 'Previous step',
  next: 'Next step',
  toOverview: 'To the overview',
  overviewTitle: 'Overview of your step plan',
  overviewIntro:
    'This is your whole step plan. You can still change every step. Take the plan with you as text: copy it or download it as a text file.',
  changeStep: (n) => `Change step ${n}`,
  open: 'Still open',
  optional: 'Optional',
  download: 'Download as a text file',
  copy: 'Copy as text',
  copied: 'The step plan has been copied.',
  downloaded: 'The step plan has been downloaded.',
  copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
  textLabel: 'The step plan as text',
  fileName: 'step-plan-learning-network.txt',
  textHeader: 'Step plan for a new learning network',
  textAnswer: 'Answer',
  textOpen: 'Still open',
  textSuggestions: 'Suggestions',
  textCompleteness: (percent) => `Filled in: ${percent}%`,
};
