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
