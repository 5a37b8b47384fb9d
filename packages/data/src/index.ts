export { defaultDataset } from './dataset.js';
export { exampleSharedQuestions } from './example-questions.js';
