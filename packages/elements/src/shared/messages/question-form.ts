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
