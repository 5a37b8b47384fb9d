import type { MessageShape } from './types.js';

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

export const en: MessageShape<typeof nl> = {
  toggle: 'Take part or stay informed',
  toggleSubject: (title) => `: ${title}`,
  heading: (title) => `Take part: ${title}`,
  intro: 'Would you like to take part or stay informed? Leave your e-mail address and we will let you know.',
  subjectType: { agenda: 'Agenda item', offering: 'Learning offering' },
  fields: {
    choice: {
      label: 'What would you like?',
      join: 'I want to take part',
      joinHint: 'For example in a learning group or network on this subject.',
      keepInformed: 'Keep me informed',
      keepInformedHint: 'You will hear from us when there is news on this subject.',
    },
    name: { label: 'Your name', hint: 'So we know how to address you.' },
    email: { label: 'Your e-mail address', hint: 'For example: name@municipality.nl' },
    role: { label: 'Your role', hint: 'Which group do you belong to?', none: 'Choose your role' },
    consent: {
      label: 'I agree that my details are used for this.',
      hint:
        'The people who run this website use your name, e-mail address and role only to contact you about this subject. ' +
        'Your details are not used for anything else. You can withdraw your consent at any time.',
      privacy: 'Read the privacy statement',
    },
  },
  errors: {
    choiceMissing: 'Choose whether you want to take part or stay informed.',
    emailMissing: 'Fill in your e-mail address.',
    emailInvalid: 'Fill in a valid e-mail address, such as name@municipality.nl.',
    nameTooLong: (max) => `Your name is too long. Use at most ${max} characters.`,
    consentMissing: 'Give your consent to use your details. Without it we cannot contact you.',
  },
  actions: {
    send: 'Send',
    cancel: 'Cancel',
    retry: 'Try sending again',
    edit: 'Change what you filled in',
    close: 'Close',
  },
  sent: {
    join: (title) => `Thank you. You have let us know that you want to take part in: ${title}.`,
    keepInformed: (title) => `Thank you. You will hear from us about: ${title}.`,
  },
  failed: {
    kept: 'What you filled in has been kept. Please try again.',
    invalidAction: 'This form is not set up correctly: the address to send to is not valid.',
  },
  mail: {
    join: (title) => `I want to take part: ${title}`,
    keepInformed: (title) => `Keep me informed: ${title}`,
    consentGiven: 'Yes',
  },
};
