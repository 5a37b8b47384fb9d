import type { MessageShape } from './types.js';

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
