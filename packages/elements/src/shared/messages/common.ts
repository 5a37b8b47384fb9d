import type { MessageShape } from './types.js';

/** Words every widget shares: data loading, errors, delivery, drafts, forms. */
export const nl = {
  loading: 'Gegevens worden geladen…',
  loadingProgress: (percent: number) => `Gegevens worden geladen: ${percent}%`,
  retry: 'Opnieuw proberen',
  error: {
    heading: 'De gegevens konden niet worden geladen',
    notFound: 'Het gegevensbestand is niet gevonden (404).',
    http: (status: number) => `De server gaf een foutmelding (${status}).`,
    timeout: 'Het laden duurde te lang en is afgebroken.',
    network: 'Er is geen verbinding met de server. Controleer uw internetverbinding.',
    json: 'Het gegevensbestand is geen geldige JSON.',
    invalid: 'Het gegevensbestand heeft niet de verwachte opbouw.',
    index: 'De vooraf gebouwde zoekindex kon niet worden gelezen.',
    details: 'Technische details',
  },
  notice: {
    partial: (dropped: number, problems: number) =>
      `${dropped === 1 ? '1 onderdeel' : `${dropped} onderdelen`} uit het gegevensbestand ${
        dropped === 1 ? 'is' : 'zijn'
      } overgeslagen omdat ${dropped === 1 ? 'het' : 'ze'} niet klopte${dropped === 1 ? '' : 'n'} (${
        problems === 1 ? '1 probleem' : `${problems} problemen`
      }).`,
    counts: (agenda: number, offerings: number) =>
      `Geladen: ${agenda} ${agenda === 1 ? 'agendapunt' : 'agendapunten'} en ${offerings} ${
        offerings === 1 ? 'leeraanbod' : 'leeraanbiedingen'
      }.`,
  },
  form: {
    required: '(verplicht)',
    optional: '(niet verplicht)',
    errorSummaryHeading: 'Er is iets niet goed ingevuld',
    errorPrefix: 'Fout:',
  },
  delivery: {
    sending: 'Bezig met versturen…',
    sent: 'Verstuurd. Dank u wel.',
    handled: 'Ontvangen. Dank u wel.',
    failed: 'Versturen is niet gelukt.',
    failedHttp: (status: number) => `Versturen is niet gelukt: de server gaf een foutmelding (${status}).`,
    failedTimeout: 'Versturen is niet gelukt: de server reageerde niet op tijd.',
    failedNetwork: 'Versturen is niet gelukt: er is geen verbinding met de server.',
    retrying: (attempt: number, max: number) => `Opnieuw proberen (poging ${attempt} van ${max})…`,
    mailtoIntro: 'Verstuur uw bericht met uw eigen e-mailprogramma:',
    mailtoLink: 'Open e-mailbericht',
    mailtoTruncated: 'Het bericht is te lang voor een e-maillink en is ingekort. Kopieer de volledige tekst hieronder.',
    copy: 'Kopieer tekst',
    copied: 'Tekst gekopieerd.',
  },
  draft: {
    keepOnDevice: 'Bewaar mijn concept op dit apparaat',
    keepOnDeviceHint: 'Zonder dit vinkje bewaren we uw concept alleen zolang dit tabblad open is.',
    restored: 'Uw eerder ingevulde concept is teruggezet.',
    discard: 'Concept weggooien',
    discarded: 'Concept weggegooid.',
    memoryOnly: 'Uw browser staat opslaan niet toe. Uw concept gaat verloren als u deze pagina sluit of ververst.',
  },
} as const;

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
