export { defaultDataset } from './dataset.js';
