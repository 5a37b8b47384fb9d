import type { MessageShape } from '../types.js';
import type { nl } from '../step-plan.js';

/** English of `../step-plan.ts`: loaded only on a page whose language resolves to English. */
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
