import type { MessageShape } from '../types.js';
import type { nl } from '../take-part.js';

/** English of `../take-part.ts`: loaded only on a page whose language resolves to English. */
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
