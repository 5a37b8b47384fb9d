/**
 * Words of `<ln-take-part>` (B1 Dutch): "I want to join / keep me informed" on an agenda item or
 * a learning offering (network formation, report section 1.3 d). Target group names come from
 * the SDK through `domainText`.
 */
export const nl = {
  toggle: 'Doe mee of blijf op de hoogte',
  /** Read after the toggle's visible text, so that a page full of these buttons stays clear. */
  toggleSubject: (title: string) => `: ${title}`,
  heading: (title: string) => `Doe mee: ${title}`,
  intro: 'Wilt u meedoen of op de hoogte blijven? Laat uw e-mailadres achter. Dan krijgt u bericht.',
  subjectType: { agenda: 'Agendapunt', offering: 'Leeraanbod' },
  fields: {
    choice: {
      label: 'Wat wilt u?',
      join: 'Ik wil meedoen',
      joinHint: 'Bijvoorbeeld in een leergroep of netwerk over dit onderwerp.',
      keepInformed: 'Houd mij op de hoogte',
      keepInformedHint: 'U krijgt bericht als er iets nieuws is over dit onderwerp.',
    },
    name: { label: 'Uw naam', hint: 'Zo weten we hoe we u kunnen aanspreken.' },
    email: { label: 'Uw e-mailadres', hint: 'Bijvoorbeeld: naam@gemeente.nl' },
    role: { label: 'Uw rol', hint: 'Tot welke groep hoort u?', none: 'Kies uw rol' },
    consent: {
      label: 'Ik geef toestemming om mijn gegevens hiervoor te gebruiken.',
      hint:
        'De beheerder van deze website gebruikt uw naam, e-mailadres en rol alleen om u over dit onderwerp te benaderen. ' +
        'Uw gegevens worden niet voor iets anders gebruikt. U kunt uw toestemming altijd intrekken.',
      privacy: 'Lees de privacyverklaring',
    },
  },
  errors: {
    choiceMissing: 'Kies of u wilt meedoen of op de hoogte wilt blijven.',
    emailMissing: 'Vul uw e-mailadres in.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
    nameTooLong: (max: number) => `Uw naam is te lang. Gebruik hoogstens ${max} tekens.`,
    consentMissing: 'Geef toestemming om uw gegevens te gebruiken. Anders kunnen we u geen bericht sturen.',
  },
  actions: {
    send: 'Verstuur',
    cancel: 'Annuleer',
    retry: 'Probeer opnieuw te versturen',
    edit: 'Wijzig wat u hebt ingevuld',
    close: 'Sluit',
  },
  sent: {
    join: (title: string) => `Dank u wel. U hebt laten weten dat u wilt meedoen aan: ${title}.`,
    keepInformed: (title: string) => `Dank u wel. U krijgt bericht over: ${title}.`,
  },
  failed: {
    kept: 'Wat u hebt ingevuld, is bewaard. Probeer het opnieuw.',
    invalidAction: 'Dit formulier is niet goed ingesteld: het adres om naar te versturen klopt niet.',
  },
  mail: {
    join: (title: string) => `Ik wil meedoen: ${title}`,
    keepInformed: (title: string) => `Houd mij op de hoogte: ${title}`,
    consentGiven: 'Ja',
  },
} as const;
