export { dataContext, type DataState, type DataStatus, type DataError, type DataErrorKind, type DataNotice } from './data-context.js';
export { DataController, type DataControllerOptions } from './data-controller.js';
export { DataConsumer, type DataConsumerOptions } from './data-consumer.js';
export { renderDataState, dataStateStyles } from './render-data-state.js';
export { loadFromUrl, loadDefault, prepare, DataLoadError, DEFAULT_TIMEOUT, type LoadedData, type LoadOptions } from './load-data.js';
export { LnProvider } from './provider.js';
