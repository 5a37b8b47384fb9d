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
