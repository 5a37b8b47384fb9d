/**
 * Words of `<ln-offering-form>` (B1 Dutch): a provider adds a learning offering to the catalogue
 * (the report's "nieuw leeraanbod toevoegen"; WijkWijzer's "aanvullingen via dit formulier").
 * Themes, target groups, learning forms and their descriptions come from the dataset through
 * `domainText`; vocabulary labels (scale, direction …) from the SDK.
 */
export const nl = {
  title: 'Leeraanbod toevoegen',
  intro:
    'Organiseert u leeraanbod over leefbaarheid en veiligheid in wijken? Vul dit formulier in. ' +
    'Dan kan het aanbod worden opgenomen in het overzicht, zodat anderen het kunnen vinden.',
  sections: {
    about: 'Over het leeraanbod',
    subject: 'Waarover en voor wie',
    how: 'Hoe wordt er geleerd',
    more: 'Meer gegevens (niet verplicht)',
  },
  fields: {
    titleNl: { label: 'Naam van het leeraanbod', hint: 'Zoals deelnemers het kennen. Bijvoorbeeld: Leerkring wijkaanpak Oost.' },
    titleEn: { label: 'Naam in het Engels', hint: 'Alleen als er een Engelse naam is.' },
    provider: { label: 'Aanbieder', hint: 'De organisatie of het netwerk dat het leeraanbod organiseert.' },
    descriptionNl: {
      label: 'Beschrijving',
      hint: 'Vertel in een paar zinnen wat deelnemers doen en leren, en voor wie het is.',
    },
    descriptionEn: { label: 'Beschrijving in het Engels', hint: 'Alleen als er een Engelse beschrijving is.' },
    url: { label: 'Website', hint: 'Het volledige webadres, dus met https:// of http:// ervoor.' },
    contact: { label: 'Contact', hint: 'Bij wie kunnen mensen terecht met vragen? Bijvoorbeeld een naam en e-mailadres.' },
    themes: {
      label: "Thema's",
      hint: "Waar gaat het leeraanbod over? Kies één of meer thema's.",
      content: "Inhoudelijke thema's: wat moet ik doen?",
      process: "Procesthema's: hoe organiseer ik het?",
    },
    targetGroups: { label: 'Voor wie is het?', hint: 'Kies één of meer groepen.' },
    agendaItems: {
      label: 'Bij welke vraagstukken van de leeragenda past het?',
      hint: 'Prioritaire vraagstukken en witte vlekken. Nieuw aanbod is vooral welkom bij de witte vlekken.',
    },
    learningForms: {
      label: 'Leervorm',
      hint: 'Hoe leren de deelnemers? Er worden veel namen door elkaar gebruikt; kies wat het meest in de buurt komt.',
    },
    duration: {
      label: 'Duur',
      hint: 'Hoe lang loopt het leeraanbod?',
      unknown: 'Weet ik niet of zeg ik liever niet',
      options: {
        'one-off': 'Eén bijeenkomst of activiteit.',
        short: 'Een paar bijeenkomsten in korte tijd.',
        'long-running': 'Loopt langere tijd, bijvoorbeeld een jaar of meer.',
      },
    },
    direction: {
      label: 'Met wie leren de deelnemers?',
      hint: 'Kies één of allebei.',
      options: {
        horizontal: 'Met vakgenoten op hetzelfde niveau, bijvoorbeeld beleidsmakers van verschillende gemeenten.',
        vertical: 'Over de lagen heen: beleid, uitvoering, bestuur en bewoners leren samen.',
      },
    },
    domainScope: {
      label: 'Binnen één domein of over domeinen heen?',
      hint: 'Een domein is een terrein zoals zorg, veiligheid, wonen of onderwijs. Kies één of allebei.',
      options: {
        'within-domain': 'Binnen het eigen domein, bijvoorbeeld alleen over veiligheid.',
        'cross-domain': 'Domeinoverstijgend: zorg, veiligheid, wonen en andere domeinen leren samen.',
      },
    },
    scale: {
      label: 'Schaal',
      hint: 'Op welk niveau wordt er geleerd? Kies één of meer.',
      options: {
        local: 'In één gemeente of wijk.',
        regional: 'Met meerdere gemeenten in een regio.',
        national: 'Voor heel Nederland.',
        organisation: 'Binnen de eigen organisatie.',
      },
    },
    region: { label: 'Regio of plaats', hint: 'Alleen als het leeraanbod aan een regio of plaats gebonden is.' },
    network: {
      label: 'Netwerk',
      hint: 'Hoort het leeraanbod bij een bestaand netwerk uit het overzicht?',
      none: 'Geen of een ander netwerk',
    },
    id: {
      label: 'Code (id)',
      hint: 'Een korte, vaste naam voor het overzicht: kleine letters, cijfers en streepjes. Laat dit leeg, dan maken we de code van de naam.',
      generated: (id: string) => `Code als u dit leeg laat: ${id}`,
    },
    sourceSection: {
      label: 'Bron',
      hint: 'Waar komt deze informatie vandaan? Bijvoorbeeld een paragraaf van een rapport of de naam van een webpagina.',
    },
    sourceQuote: { label: 'Citaat uit de bron', hint: 'De zin uit de bron die dit leeraanbod noemt.' },
  },
  errors: {
    titleNl: 'Vul de naam van het leeraanbod in.',
    provider: 'Vul de aanbieder in.',
    descriptionNl: 'Vul een beschrijving in.',
    themes: 'Kies ten minste één thema.',
    targetGroups: 'Kies ten minste één groep waarvoor het leeraanbod is.',
    learningForms: 'Kies ten minste één leervorm.',
    scale: 'Kies ten minste één schaal.',
    direction: 'Kies met wie de deelnemers leren.',
    domainScope: 'Kies binnen één domein, over domeinen heen of allebei.',
    url: 'Vul een volledig webadres in dat begint met https:// of http://.',
    idFormat: 'Gebruik voor de code alleen kleine letters, cijfers en streepjes, zoals leerkring-oost.',
    idFromTitle: 'Van deze naam kunnen we geen code maken. Vul zelf een code in.',
    idTaken: (id: string) => `Er staat al leeraanbod met de code “${id}” in het overzicht. Kies een andere code of naam.`,
    sourceSection: 'Vul de bron in, of laat ook het citaat leeg.',
    unknownChoice: (label: string) => `${label}: een van de keuzes bestaat niet meer. Kies opnieuw.`,
    other: (label: string, problem: string) => `${label}: ${problem}.`,
  },
  actions: {
    review: 'Controleer en verstuur',
    edit: 'Terug naar het formulier',
    change: 'Wijzig',
    changeField: (label: string) => `Wijzig ${label.toLowerCase()}`,
    send: 'Verstuur leeraanbod',
    retry: 'Probeer opnieuw te versturen',
    another: 'Nog een leeraanbod toevoegen',
  },
  review: {
    heading: 'Controleer uw leeraanbod',
    intro: 'Klopt alles? Verstuur het dan. U kunt nog iets wijzigen.',
    preview: 'Zo ziet het eruit in het overzicht van leeraanbod',
    details: 'Alle gegevens',
    empty: '(niet ingevuld)',
  },
  sent: {
    heading: 'Dank u wel',
    body: 'Uw leeraanbod is verstuurd. Het wordt bekeken voordat het in het overzicht komt.',
    mailto: 'Verstuur uw leeraanbod met uw eigen e-mailprogramma. Het is pas verstuurd als u de e-mail verstuurt.',
  },
  failed: {
    heading: 'Versturen is niet gelukt',
    kept: 'Wat u hebt ingevuld, is bewaard. Probeer het opnieuw of later nog eens.',
    invalidAction: 'Dit formulier is niet goed ingesteld: het adres om naar te versturen klopt niet.',
  },
  mail: {
    subject: (title: string) => `Nieuw leeraanbod: ${title}`,
  },
} as const;
