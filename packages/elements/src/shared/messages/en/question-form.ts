import type { MessageShape } from '../types.js';
import type { nl } from '../question-form.js';

/** English of `../question-form.ts`: loaded only on a page whose language resolves to English. */
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
