import type { MessageShape } from '../types.js';
import type { nl } from '../common.js';

/** English of `../common.ts`: loaded only on a page whose language resolves to English. */
export const en: MessageShape<typeof nl> = {
  loading: 'Loading data…',
  loadingProgress: (percent) => `Loading data: ${percent}%`,
  retry: 'Try again',
  error: {
    heading: 'The data could not be loaded',
    notFound: 'The data file was not found (404).',
    http: (status) => `The server returned an error (${status}).`,
    timeout: 'Loading took too long and was stopped.',
    network: 'There is no connection to the server. Please check your internet connection.',
    json: 'The data file is not valid JSON.',
    invalid: 'The data file does not have the expected structure.',
    index: 'The prebuilt search index could not be read.',
    details: 'Technical details',
  },
  notice: {
    partial: (dropped, problems) =>
      `${dropped === 1 ? '1 item' : `${dropped} items`} in the data file ${dropped === 1 ? 'was' : 'were'} skipped because ${
        dropped === 1 ? 'it was' : 'they were'
      } not valid (${problems === 1 ? '1 problem' : `${problems} problems`}).`,
    counts: (agenda, offerings) =>
      `Loaded: ${agenda} agenda ${agenda === 1 ? 'item' : 'items'} and ${offerings} learning ${
        offerings === 1 ? 'offering' : 'offerings'
      }.`,
  },
  form: {
    required: '(required)',
    optional: '(optional)',
    errorSummaryHeading: 'Something was not filled in correctly',
    errorPrefix: 'Error:',
  },
  delivery: {
    sending: 'Sending…',
    sent: 'Sent. Thank you.',
    handled: 'Received. Thank you.',
    failed: 'Sending failed.',
    failedHttp: (status) => `Sending failed: the server returned an error (${status}).`,
    failedTimeout: 'Sending failed: the server did not respond in time.',
    failedNetwork: 'Sending failed: there is no connection to the server.',
    retrying: (attempt, max) => `Trying again (attempt ${attempt} of ${max})…`,
    mailtoIntro: 'Send your message with your own e-mail program:',
    mailtoLink: 'Open e-mail message',
    mailtoTruncated: 'The message is too long for an e-mail link and was shortened. Copy the full text below.',
    copy: 'Copy text',
    copied: 'Text copied.',
  },
  draft: {
    keepOnDevice: 'Keep my draft on this device',
    keepOnDeviceHint: 'Without this tick we keep your draft only while this tab is open.',
    restored: 'Your earlier draft has been restored.',
    discard: 'Discard draft',
    discarded: 'Draft discarded.',
    memoryOnly: 'Your browser does not allow saving. Your draft will be lost if you close or reload this page.',
  },
};
