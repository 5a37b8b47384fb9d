import type { MessageShape } from './types.js';

/**
 * Words of `<ln-question-form>` (B1 Dutch). Domain words — themes, target groups, learning forms,
 * scales, reasons — come from the SDK through `domainText`.
 */
export const nl = {
  title: 'Stel uw leervraag',
  intro:
    'Vertel in uw eigen woorden waarover u wilt leren. Terwijl u typt, ziet u wat er al is: vragen uit de leeragenda, vragen van anderen en bestaand leeraanbod.',
  sections: {
    what: 'Wat wilt u leren?',
    who: 'Wie bent u?',
    withWhom: 'Met wie wilt u leren?',
    how: 'Hoe wilt u leren?',
    where: 'Waar wilt u leren?',
    howLong: 'Hoe lang wilt u leren?',
  },
  fields: {
    what: {
      label: 'Uw leervraag',
      hint: 'Schrijf op wat u wilt weten of leren. Bijvoorbeeld: Hoe krijgen we bewoners weer vertrouwen in de gemeente?',
    },
    themes: { label: "Thema's", hint: 'Over welke onderwerpen gaat uw vraag? Kies er één of meer. Dit hoeft niet.' },
    targetGroup: { label: 'Tot welke groep hoort u?', hint: 'Dan zoeken we leeraanbod dat bij u past.' },
    organisationType: { label: 'Ik werk bij of voor', hint: 'Het soort organisatie. Dit hoeft niet.' },
    peerMix: {
      label: 'Met vakgenoten of met een mix?',
      hint: 'Vakgenoten doen hetzelfde werk als u. Bij een mix leert u met mensen uit verschillende vakgebieden.',
    },
    domainScope: {
      label: 'Binnen uw eigen vakgebied of daarbuiten?',
      hint: 'Domeinoverstijgend betekent: samen met bijvoorbeeld zorg, politie, wonen en onderwijs.',
    },
    direction: {
      label: 'Horizontaal of verticaal leren?',
      hint: 'Horizontaal: met mensen die op hetzelfde niveau werken. Verticaal: uitvoering, beleid, bestuur en bewoners samen. Dit hoeft niet.',
    },
    learningForms: {
      label: 'Leervormen',
      hint: 'Kies de manieren van leren die u aanspreken. Onder elke vorm staat kort wat het is.',
    },
    scale: {
      label: 'Schaal',
      hint: 'In uw eigen wijk of gemeente, met andere gemeenten in de regio, met het hele land, of binnen uw eigen organisatie.',
    },
    region: { label: 'Regio of plaats', hint: 'Bijvoorbeeld: Rotterdam-Zuid of Twente. Dit hoeft niet.' },
    duration: {
      label: 'Hoe lang?',
      hint: 'Eén keer, een korte periode (een paar maanden) of langer (een jaar of meer).',
    },
  },
  noPreference: 'Geen voorkeur',
  chooseOne: 'Kies er een',
  errors: {
    whatMissing: 'Vul uw leervraag in.',
    whatTooLong: (max: number) => `Uw leervraag is te lang. Gebruik hoogstens ${max} tekens.`,
    regionTooLong: (max: number) => `De regio is te lang. Gebruik hoogstens ${max} tekens.`,
    invalidChoice: (field: string) => `Kies bij "${field}" een van de keuzes uit de lijst.`,
    invalid: 'Uw vraag kon niet worden gecontroleerd. Probeer het opnieuw.',
  },
  actions: {
    review: 'Controleer uw vraag',
    send: 'Verstuur uw vraag',
    back: 'Terug naar het formulier',
    change: 'Wijzig',
    another: 'Stel nog een vraag',
  },
  topic: (title: string) => `Uw vraag gaat over: ${title}. De thema's daarvan zijn al aangevinkt.`,
  topicOnly: (title: string) => `Uw vraag gaat over: ${title}.`,
  results: {
    heading: 'Wat past bij uw vraag',
    waiting: 'Begin met typen. Dan ziet u hier wat bij uw vraag past.',
    none: 'Er is nog niets gevonden dat bij uw vraag past.',
    agenda: 'Vragen uit de leeragenda',
    similar: 'Anderen vragen ook',
    offerings: 'Bestaand leeraanbod',
    why: 'Waarom:',
    provider: (name: string) => `Aanbieder: ${name}`,
    count: (agenda: number, similar: number, offerings: number) =>
      `Gevonden: ${agenda} ${agenda === 1 ? 'vraag' : 'vragen'} uit de leeragenda, ${similar} ${
        similar === 1 ? 'vergelijkbare vraag' : 'vergelijkbare vragen'
      } en ${offerings} ${offerings === 1 ? 'leeraanbod' : 'leeraanbiedingen'}.`,
    noneCount: 'Er is niets gevonden dat bij uw vraag past.',
    similarError: 'De vragen van anderen konden niet worden geladen. U ziet wel de leeragenda en het leeraanbod.',
  },
  stepPlanOffer: {
    heading: 'Niets dat goed past?',
    nothingFits:
      'Er is nog geen leeraanbod dat goed bij uw vraag past. Misschien wilt u zelf een nieuw leernetwerk beginnen. Een stappenplan helpt u op weg.',
    always: 'Wilt u zelf een nieuw leernetwerk beginnen? Een stappenplan helpt u op weg.',
    open: 'Maak een stappenplan',
    close: 'Sluit het stappenplan',
    include: 'Stuur het stappenplan mee met mijn vraag',
    included: 'Het stappenplan wordt meegestuurd.',
  },
  review: {
    heading: 'Controleer uw vraag',
    intro: 'Klopt alles? Wijzig wat niet klopt. Verstuur daarna uw vraag.',
    empty: 'Niet ingevuld',
    stepPlan: 'Stappenplan',
    stepPlanIncluded: 'Wordt meegestuurd',
    privacy: 'We versturen alleen uw antwoorden op de vragen hierboven. Niets anders.',
  },
  sent: {
    heading: 'Uw vraag is verstuurd',
    body: 'Dank u wel. Het coördinatieteam kijkt naar uw vraag en neemt contact op als u daarom vroeg.',
    handled: 'Dank u wel. Uw vraag is ontvangen.',
    mailtoHeading: 'Verstuur uw vraag per e-mail',
  },
  failed: {
    heading: 'Uw vraag is niet verstuurd',
    kept: 'Uw antwoorden zijn bewaard. Probeer het opnieuw.',
    invalidAction: 'Dit formulier is niet goed ingesteld: het adres om naar te versturen klopt niet.',
  },
  mail: {
    subject: 'Leervraag voor het Leernetwerk Leefbaarheid en Veiligheid',
  },
} as const;

export const en: MessageShape<typeof nl> = {
  title: 'Ask your learning question',
  intro:
    'Tell us in your own words what you want to learn about. As you type, you see what already exists: questions on the learning agenda, questions of others and existing learning offerings.',
  sections: {
    what: 'What do you want to learn?',
    who: 'Who are you?',
    withWhom: 'Who do you want to learn with?',
    how: 'How do you want to learn?',
    where: 'Where do you want to learn?',
    howLong: 'For how long?',
  },
  fields: {
    what: {
      label: 'Your learning question',
      hint: 'Write down what you want to know or learn. For example: How do we help residents trust the municipality again?',
    },
    themes: { label: 'Themes', hint: 'Which subjects is your question about? Choose one or more. This is optional.' },
    targetGroup: { label: 'Which group do you belong to?', hint: 'Then we look for learning offerings that suit you.' },
    organisationType: { label: 'I work at or for', hint: 'The kind of organisation. This is optional.' },
    peerMix: {
      label: 'With peers or with a mix?',
      hint: 'Peers do the same work as you. In a mix you learn with people from different fields.',
    },
    domainScope: {
      label: 'Within your own field or beyond it?',
      hint: 'Across domains means: together with, for example, care, police, housing and education.',
    },
    direction: {
      label: 'Horizontal or vertical learning?',
      hint: 'Horizontal: with people who work at the same level. Vertical: practice, policy, administration and residents together. This is optional.',
    },
    learningForms: {
      label: 'Ways of learning',
      hint: 'Choose the ways of learning that appeal to you. Each one has a short explanation.',
    },
    scale: {
      label: 'Scale',
      hint: 'In your own neighbourhood or municipality, with other municipalities in the region, with the whole country, or within your own organisation.',
    },
    region: { label: 'Region or place', hint: 'For example: Rotterdam-Zuid or Twente. This is optional.' },
    duration: {
      label: 'For how long?',
      hint: 'Once, a short period (a few months) or longer (a year or more).',
    },
  },
  noPreference: 'No preference',
  chooseOne: 'Choose one',
  errors: {
    whatMissing: 'Fill in your learning question.',
    whatTooLong: (max) => `Your learning question is too long. Use at most ${max} characters.`,
    regionTooLong: (max) => `The region is too long. Use at most ${max} characters.`,
    invalidChoice: (field) => `Choose one of the options for "${field}".`,
    invalid: 'Your question could not be checked. Please try again.',
  },
  actions: {
    review: 'Check your question',
    send: 'Send your question',
    back: 'Back to the form',
    change: 'Change',
    another: 'Ask another question',
  },
  topic: (title) => `Your question is about: ${title}. Its themes have been ticked already.`,
  topicOnly: (title) => `Your question is about: ${title}.`,
  results: {
    heading: 'What fits your question',
    waiting: 'Start typing. Then you will see here what fits your question.',
    none: 'Nothing has been found yet that fits your question.',
    agenda: 'Questions on the learning agenda',
    similar: 'Others ask this too',
    offerings: 'Existing learning offerings',
    why: 'Why:',
    provider: (name) => `Provider: ${name}`,
    count: (agenda, similar, offerings) =>
      `Found: ${agenda} ${agenda === 1 ? 'question' : 'questions'} on the learning agenda, ${similar} similar ${
        similar === 1 ? 'question' : 'questions'
      } and ${offerings} learning ${offerings === 1 ? 'offering' : 'offerings'}.`,
    noneCount: 'Nothing was found that fits your question.',
    similarError: 'The questions of others could not be loaded. You still see the learning agenda and the learning offerings.',
  },
  stepPlanOffer: {
    heading: 'Nothing that fits well?',
    nothingFits:
      'There is no learning offering yet that fits your question well. Perhaps you want to start a new learning network yourself. A step plan helps you get started.',
    always: 'Do you want to start a new learning network yourself? A step plan helps you get started.',
    open: 'Make a step plan',
    close: 'Close the step plan',
    include: 'Send the step plan with my question',
    included: 'The step plan will be sent along.',
  },
  review: {
    heading: 'Check your question',
    intro: 'Is everything right? Change what is not. Then send your question.',
    empty: 'Not filled in',
    stepPlan: 'Step plan',
    stepPlanIncluded: 'Will be sent along',
    privacy: 'We send only your answers to the questions above. Nothing else.',
  },
  sent: {
    heading: 'Your question has been sent',
    body: 'Thank you. The coordination team will look at your question and get in touch if you asked for that.',
    handled: 'Thank you. Your question has been received.',
    mailtoHeading: 'Send your question by e-mail',
  },
  failed: {
    heading: 'Your question was not sent',
    kept: 'Your answers have been kept. Please try again.',
    invalidAction: 'This form is not set up correctly: the address to send to is not valid.',
  },
  mail: {
    subject: 'Learning question for the Leernetwerk Leefbaarheid en Veiligheid',
  },
};
