import type { MessageShape } from '../types.js';
import type { nl } from '../offering-form.js';

/** English of `../offering-form.ts`: loaded only on a page whose language resolves to English. */
export const en: MessageShape<typeof nl> = {
  title: 'Add a learning offering',
  intro:
    'Do you organise learning about liveability and safety in neighbourhoods? Fill in this form, ' +
    'so the offering can be added to the overview and others can find it.',
  sections: {
    about: 'About the learning offering',
    subject: 'What it is about and for whom',
    how: 'How people learn',
    more: 'More details (optional)',
  },
  fields: {
    titleNl: { label: 'Name of the learning offering (Dutch)', hint: 'As participants know it. For example: Leerkring wijkaanpak Oost.' },
    titleEn: { label: 'Name in English', hint: 'Only if there is an English name.' },
    provider: { label: 'Provider', hint: 'The organisation or network that organises the learning offering.' },
    descriptionNl: {
      label: 'Description (Dutch)',
      hint: 'Say in a few sentences what participants do and learn, and who it is for. The catalogue is searched in Dutch.',
    },
    descriptionEn: { label: 'Description in English', hint: 'Only if there is an English description.' },
    url: { label: 'Website', hint: 'The full web address, starting with https:// or http://.' },
    contact: { label: 'Contact', hint: 'Who can people ask? For example a name and e-mail address.' },
    themes: {
      label: 'Themes',
      hint: 'What is the learning offering about? Choose one or more themes.',
      content: 'Content themes: what should I do?',
      process: 'Process themes: how do I organise it?',
    },
    targetGroups: { label: 'Who is it for?', hint: 'Choose one or more groups.' },
    agendaItems: {
      label: 'Which issues of the learning agenda does it fit?',
      hint: 'Priority questions and white spots. New offerings are most welcome for the white spots.',
    },
    learningForms: {
      label: 'Learning form',
      hint: 'How do participants learn? Many names are used for similar forms; choose what comes closest.',
    },
    duration: {
      label: 'Duration',
      hint: 'How long does the learning offering run?',
      unknown: 'I do not know or prefer not to say',
      options: {
        'one-off': 'One meeting or activity.',
        short: 'A few meetings in a short time.',
        'long-running': 'Runs for a longer time, for example a year or more.',
      },
    },
    direction: {
      label: 'Who do participants learn with?',
      hint: 'Choose one or both.',
      options: {
        horizontal: 'With peers at the same level, for example policymakers from different municipalities.',
        vertical: 'Across levels: policy, practice, administration and residents learn together.',
      },
    },
    domainScope: {
      label: 'Within one domain or across domains?',
      hint: 'A domain is a field such as care, safety, housing or education. Choose one or both.',
      options: {
        'within-domain': 'Within one domain, for example only about safety.',
        'cross-domain': 'Across domains: care, safety, housing and other domains learn together.',
      },
    },
    scale: {
      label: 'Scale',
      hint: 'At what level do people learn? Choose one or more.',
      options: {
        local: 'In one municipality or neighbourhood.',
        regional: 'With several municipalities in a region.',
        national: 'For the whole of the Netherlands.',
        organisation: 'Within one’s own organisation.',
      },
    },
    region: { label: 'Region or place', hint: 'Only if the learning offering is tied to a region or place.' },
    network: {
      label: 'Network',
      hint: 'Does the learning offering belong to an existing network in the overview?',
      none: 'None, or another network',
    },
    id: {
      label: 'Code (id)',
      hint: 'A short, fixed name for the overview: lower-case letters, digits and dashes. Leave it empty and we make the code from the name.',
      generated: (id) => `Code if you leave this empty: ${id}`,
    },
    sourceSection: {
      label: 'Source',
      hint: 'Where does this information come from? For example a section of a report or the name of a web page.',
    },
    sourceQuote: { label: 'Quote from the source', hint: 'The sentence in the source that names this learning offering.' },
  },
  errors: {
    titleNl: 'Fill in the name of the learning offering.',
    provider: 'Fill in the provider.',
    descriptionNl: 'Fill in a description.',
    themes: 'Choose at least one theme.',
    targetGroups: 'Choose at least one group the learning offering is for.',
    learningForms: 'Choose at least one learning form.',
    scale: 'Choose at least one scale.',
    direction: 'Choose who the participants learn with.',
    domainScope: 'Choose within one domain, across domains or both.',
    url: 'Fill in a full web address that starts with https:// or http://.',
    idFormat: 'Use only lower-case letters, digits and dashes for the code, such as learning-circle-east.',
    idFromTitle: 'We cannot make a code from this name. Please fill in a code yourself.',
    idTaken: (id) => `There is already a learning offering with the code “${id}” in the overview. Choose another code or name.`,
    sourceSection: 'Fill in the source, or leave the quote empty as well.',
    unknownChoice: (label) => `${label}: one of the choices no longer exists. Please choose again.`,
    other: (label, problem) => `${label}: ${problem}.`,
  },
  actions: {
    review: 'Check and send',
    edit: 'Back to the form',
    change: 'Change',
    changeField: (label) => `Change ${label.toLowerCase()}`,
    send: 'Send learning offering',
    retry: 'Try sending again',
    another: 'Add another learning offering',
  },
  review: {
    heading: 'Check your learning offering',
    intro: 'Is everything right? Then send it. You can still change things.',
    preview: 'How it will look in the overview of learning offerings',
    details: 'All details',
    empty: '(not filled in)',
  },
  sent: {
    heading: 'Thank you',
    body: 'Your learning offering has been sent. It will be checked before it appears in the overview.',
    mailto: 'Send your learning offering with your own e-mail program. It is only sent once you send the e-mail.',
  },
  failed: {
    heading: 'Sending failed',
    kept: 'What you filled in has been kept. Please try again now or later.',
    invalidAction: 'This form is not set up correctly: the address to send to is not valid.',
  },
  mail: {
    subject: (title) => `New learning offering: ${title}`,
  },
};
