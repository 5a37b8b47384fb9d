import type { AgendaItem } from '@leernetwerk/sdk';

const ALL_GROUPS: AgendaItem['targetGroups'] = ['administrator', 'policymaker', 'professional', 'resident'];
const NOT_RESIDENTS: AgendaItem['targetGroups'] = ['administrator', 'policymaker', 'professional'];

/**
 * The seven priority questions of table 2.1, with the target groups exactly as the table gives them.
 * The report gives no further concrete questions for them in the text; their elaboration is in
 * annex 1, which is not in the seed.
 */
const priorities: AgendaItem[] = [
  {
    id: 'priority-1',
    kind: 'priority',
    number: 1,
    title: {
      nl: 'Wat zijn werkzame elementen in het versterken van de leefbaarheid en veiligheid van wijken of buurten en hoe brengen we die in de praktijk?',
      en: 'What are effective elements in strengthening the liveability and safety of neighbourhoods, and how do we put them into practice?',
    },
    summary: {
      nl: 'Weten wat werkt voor leefbaarheid en veiligheid in de wijk, en dat ook toepassen.',
      en: 'Knowing what works for liveability and safety in the neighbourhood, and applying it.',
    },
    questions: [
      {
        nl: 'Wat zijn werkzame elementen in het versterken van de leefbaarheid en veiligheid van wijken of buurten en hoe brengen we die in de praktijk?',
        en: 'What are effective elements in strengthening the liveability and safety of neighbourhoods, and how do we put them into practice?',
      },
    ],
    themes: ['safety', 'housing', 'neighbourhood-approach', 'area-based-working'],
    targetGroups: NOT_RESIDENTS,
    related: ['gap-1'],
    source: { section: 'tabel 2.1' },
  },
  {
    id: 'priority-2',
    kind: 'priority',
    number: 2,
    title: {
      nl: 'Hoe kan groeiende tweedeling en segregatie binnen steden worden teruggedrongen en de kansrijkheid van bewoners worden vergroot?',
      en: 'How can growing division and segregation within cities be reduced and residents’ opportunities be increased?',
    },
    summary: {
      nl: 'Tweedeling en segregatie terugdringen en de kansen van bewoners vergroten.',
      en: 'Reducing division and segregation and increasing residents’ opportunities.',
    },
    questions: [
      {
        nl: 'Hoe kan groeiende tweedeling en segregatie binnen steden worden teruggedrongen en de kansrijkheid van bewoners worden vergroot?',
        en: 'How can growing division and segregation within cities be reduced and residents’ opportunities be increased?',
      },
    ],
    themes: ['housing', 'education', 'work', 'poverty-debt'],
    targetGroups: NOT_RESIDENTS,
    related: ['gap-3', 'gap-5'],
    // The table prints "kanselijkheid"; the title reads it as "kansrijkheid".
    source: {
      section: 'tabel 2.1',
      quote:
        'Hoe kan groeiende tweedeling en segregatie binnen steden worden teruggedrongen en de kanselijkheid van bewoners worden vergroot?',
    },
  },
  {
    id: 'priority-3',
    kind: 'priority',
    number: 3,
    title: {
      nl: 'Hoe versterk je de sociale draagkracht van een buurt?',
      en: 'How do you strengthen the social resilience (draagkracht) of a neighbourhood?',
    },
    summary: {
      nl: 'De sociale draagkracht van een buurt versterken.',
      en: 'Strengthening the social resilience of a neighbourhood.',
    },
    questions: [
      {
        nl: 'Hoe versterk je de sociale draagkracht van een buurt?',
        en: 'How do you strengthen the social resilience (draagkracht) of a neighbourhood?',
      },
    ],
    themes: ['health-care', 'housing', 'participation'],
    targetGroups: ALL_GROUPS,
    related: ['gap-3'],
    source: { section: 'tabel 2.1' },
  },
  {
    id: 'priority-4',
    kind: 'priority',
    number: 4,
    title: {
      nl: 'Hoe realiseer je een integrale gebiedsgerichte aanpak waarin preventie en repressie samenkomen?',
      en: 'How do you realise an integrated area-based approach in which prevention and repression meet?',
    },
    summary: {
      nl: 'Een integrale gebiedsgerichte aanpak waarin preventie en repressie samenkomen.',
      en: 'An integrated area-based approach in which prevention and repression meet.',
    },
    questions: [
      {
        nl: 'Hoe realiseer je een integrale gebiedsgerichte aanpak waarin preventie en repressie samenkomen?',
        en: 'How do you realise an integrated area-based approach in which prevention and repression meet?',
      },
    ],
    themes: ['safety', 'health-care', 'area-based-working'],
    targetGroups: ALL_GROUPS,
    related: ['gap-4'],
    source: { section: 'tabel 2.1' },
  },
  {
    id: 'priority-5',
    kind: 'priority',
    number: 5,
    title: {
      nl: 'Hoe herstellen we het vertrouwen van bewoners in instituties en creëren we verbinding in de wijk?',
      en: 'How do we restore residents’ trust in institutions and create connection in the neighbourhood?',
    },
    summary: {
      nl: 'Het vertrouwen van bewoners in instituties herstellen en verbinding in de wijk creëren.',
      en: 'Restoring residents’ trust in institutions and creating connection in the neighbourhood.',
    },
    questions: [
      {
        nl: 'Hoe herstellen we het vertrouwen van bewoners in instituties en creëren we verbinding in de wijk?',
        en: 'How do we restore residents’ trust in institutions and create connection in the neighbourhood?',
      },
    ],
    themes: ['participation', 'safety'],
    targetGroups: ALL_GROUPS,
    related: ['gap-2'],
    source: { section: 'tabel 2.1' },
  },
  {
    id: 'priority-6',
    kind: 'priority',
    number: 6,
    title: {
      nl: 'Hoe versterk je de gemeenschapskracht in de buurt, zodat bewoners als partner samenwerken aan wijkverbetering?',
      en: 'How do you strengthen community power in the neighbourhood, so that residents work as partners on improving it?',
    },
    summary: {
      nl: 'Gemeenschapskracht versterken, zodat bewoners als partner meewerken aan wijkverbetering. Volgens het rapport geen eigen witte vlek, maar een vraagstuk dat in elk nieuw leeraanbod ingebed moet worden.',
      en: 'Strengthening community power so that residents work as partners on neighbourhood improvement. The report does not treat it as a white spot of its own but as an issue to embed in every new learning offering.',
    },
    questions: [
      {
        nl: 'Hoe versterk je de gemeenschapskracht in de buurt, zodat bewoners als partner samenwerken aan wijkverbetering?',
        en: 'How do you strengthen community power in the neighbourhood, so that residents work as partners on improving it?',
      },
    ],
    themes: ['participation'],
    targetGroups: ALL_GROUPS,
    related: ['gap-1', 'gap-2', 'gap-3', 'gap-4', 'gap-5'],
    source: { section: 'tabel 2.1' },
  },
  {
    id: 'priority-7',
    kind: 'priority',
    number: 7,
    title: {
      nl: 'Wat is het effect van Corona op leefbaarheidsopgaven in kwetsbare wijken en hoe kunnen deze worden beperkt?',
      en: 'What is the effect of Corona on liveability issues in vulnerable neighbourhoods, and how can it be limited?',
    },
    summary: {
      nl: 'De gevolgen van de coronacrisis voor leefbaarheid in kwetsbare wijken beperken. Volgens het rapport werkt dit door in de witte vlekken 2, 3, 4 en 5.',
      en: 'Limiting the effects of the corona crisis on liveability in vulnerable neighbourhoods. The report says this runs through white spots 2, 3, 4 and 5.',
    },
    questions: [
      {
        nl: 'Wat is het effect van Corona op leefbaarheidsopgaven in kwetsbare wijken en hoe kunnen deze worden beperkt?',
        en: 'What is the effect of Corona on liveability issues in vulnerable neighbourhoods, and how can it be limited?',
      },
    ],
    themes: ['health-care', 'work', 'poverty-debt', 'safety'],
    targetGroups: NOT_RESIDENTS,
    related: ['gap-2', 'gap-3', 'gap-4', 'gap-5'],
    source: { section: 'tabel 2.1' },
  },
];

/**
 * The content white spots of section 3.1, with every concrete question of that section and of the
 * summary. Where the report describes a learning question without phrasing it as one, it is
 * rephrased as a question.
 */
const contentGaps: AgendaItem[] = [
  {
    id: 'gap-1',
    kind: 'content-gap',
    number: 1,
    title: {
      nl: 'Hoe organiseer je een wijkaanpak met slag- en interventiekracht op lange termijn?',
      en: 'How do you organise a neighbourhood approach with long-term strength and capacity to intervene?',
    },
    summary: {
      nl: 'Hardnekkige wijkvraagstukken vragen een meerjarige samenwerking (liever 10 of 20 dan 4 jaar) tussen overheid, maatschappelijk middenveld en bewoners: een gedeelde agenda, gebundelde geldstromen, doelen en monitoring, en zicht op de kwalitatieve effecten van interventies en bewonersinitiatieven.',
      en: 'Persistent neighbourhood issues call for multi-year cooperation (preferably 10 or 20 years rather than 4) between government, civil society and residents: a shared agenda, pooled funding, goals and monitoring, and insight into the qualitative effects of interventions and resident initiatives.',
    },
    questions: [
      {
        nl: 'Hoe organiseer je een wijkaanpak met slag- en interventiekracht op lange termijn?',
        en: 'How do you organise a neighbourhood approach with long-term strength and capacity to intervene?',
      },
      {
        nl: 'Hoe organiseer je een nauwe meerjarige samenwerking tussen overheden, bewoners en maatschappelijk middenveld?',
        en: 'How do you organise close multi-year cooperation between governments, residents and civil society?',
      },
      {
        nl: 'Hoe kom je tot een gezamenlijke agenda die zowel top-down (vanuit beleid) als bottom-up (door bewoners) gedragen wordt?',
        en: 'How do you arrive at a shared agenda supported both top-down (by policy) and bottom-up (by residents)?',
      },
      {
        nl: 'Hoe zorg je voor perspectief en visie zodat partijen zich langdurig committeren?',
        en: 'How do you provide perspective and vision so that parties commit for the long term?',
      },
      {
        nl: 'Hoe bundel je geldstromen en borg je de aanpak op lange termijn?',
        en: 'How do you pool funding streams and secure the approach for the long term?',
      },
      {
        nl: 'Hoe stel je doelen en hoe zorg je dat je op koers blijft?',
        en: 'How do you set goals and make sure you stay on course?',
      },
      {
        nl: 'Hoe werk je domein- en sectoroverstijgend samen aan concrete opgaven op wijk- en buurtniveau, binnen de gemeente en tussen gemeente en andere partners?',
        en: 'How do you cooperate across domains and sectors on concrete tasks at neighbourhood level, within the municipality and between the municipality and other partners?',
      },
      {
        nl: 'Hoe monitor je de voortgang als gevolg van ingezette interventies?',
        en: 'How do you monitor progress resulting from the interventions deployed?',
      },
      {
        nl: 'Wat zijn de kwalitatieve effecten van leefbaarheidsinterventies en bewonersinitiatieven?',
        en: 'What are the qualitative effects of liveability interventions and resident initiatives?',
      },
    ],
    themes: ['neighbourhood-approach', 'area-based-working', 'participation'],
    targetGroups: ALL_GROUPS,
    related: ['priority-1', 'priority-6', 'org-cross-domain'],
    source: {
      section: '3.1',
      quote:
        'Veel vraagstukken op wijk- en buurtniveau zijn hardnekkig en vragen om een meerjarige samenwerking (liever 10 of 20 dan 4 jaar) tussen overheid, maatschappelijk middenveld en bewoners.',
    },
  },
  {
    id: 'gap-2',
    kind: 'content-gap',
    number: 2,
    title: {
      nl: 'Vertrouwen in instituties en in elkaar: werken aan verbinding in de wijk',
      en: 'Trust in institutions and in each other: working on connection in the neighbourhood',
    },
    summary: {
      nl: 'Juist in kwetsbare wijken groeit de kloof tussen overheid en burger en neemt wij-zij-denken toe, met spanningen tussen groepen. Hoe herstel je vertrouwen en verklein je polarisatie, samen met bewoners?',
      en: 'Especially in vulnerable neighbourhoods the gap between government and citizens grows and us-versus-them thinking increases, with tensions between groups. How do you restore trust and reduce polarisation, together with residents?',
    },
    questions: [
      {
        nl: 'Wat kunnen overheden doen om het vertrouwen te herstellen?',
        en: 'What can governments do to restore trust?',
      },
      {
        nl: 'Hoe kan bestaande kennis en expertise over de aanpak van polarisatie en het creëren van verbinding beter worden benut door beleidsmakers en professionals in wijken?',
        en: 'How can policymakers and professionals in neighbourhoods make better use of existing knowledge and expertise on tackling polarisation and creating connection?',
      },
      {
        nl: 'Hoe kunnen gemeenten samen met wijkprofessionals het vertrouwen herstellen?',
        en: 'How can municipalities restore trust together with neighbourhood professionals?',
      },
      {
        nl: 'Hoe kunnen wijkprofessionals, actieve bewoners, beleidsmakers en bestuurders samen polarisatie en spanningen tussen groepen in de wijk verkleinen?',
        en: 'How can neighbourhood professionals, active residents, policymakers and administrators together reduce polarisation and tensions between groups in the neighbourhood?',
      },
      {
        nl: 'Hoe kan het stimuleren van zeggenschap en eigenaarschap van bewoners(collectieven) bijdragen aan verbinding en vertrouwen?',
        en: 'How can encouraging control and ownership by residents (and their collectives) contribute to connection and trust?',
      },
    ],
    themes: ['participation', 'safety', 'health-care'],
    targetGroups: ALL_GROUPS,
    related: ['priority-5', 'priority-6', 'priority-7'],
    source: {
      section: '3.1',
      quote:
        'Juist in kwetsbare wijken manifesteert zich de groeiende kloof tussen overheid en burger',
    },
  },
  {
    id: 'gap-3',
    kind: 'content-gap',
    number: 3,
    title: {
      nl: 'Gemengde wijken: diversiteit, segregatie en inclusie',
      en: 'Mixed neighbourhoods: diversity, segregation and inclusion',
    },
    summary: {
      nl: 'Corporatiewijken krijgen een toenemende instroom van kwetsbare huurders met een zorgbehoefte (Weer Thuis, Langer Thuis), terwijl het debat over segregatie en inclusie verschuift naar superdiversiteit. Wonen, zorg, hulpverlening en veiligheid komen hier samen.',
      en: 'Corporation neighbourhoods receive a growing influx of vulnerable tenants with care needs (Weer Thuis, Langer Thuis), while the debate on segregation and inclusion shifts to super-diversity. Housing, care, support and safety meet here.',
    },
    questions: [
      {
        nl: 'Wat betekent het streven naar inclusieve wijken in de praktijk?',
        en: 'What does striving for inclusive neighbourhoods mean in practice?',
      },
      {
        nl: 'Hoe maken we wijken waar iedereen zich welkom voelt?',
        en: 'How do we make neighbourhoods where everyone feels welcome?',
      },
      {
        nl: 'Hoe realiseer je een passende sociale basis?',
        en: 'How do you realise a fitting social base?',
      },
      {
        nl: 'Hoe werk ik aan een gemengde wijk?',
        en: 'How do I work towards a mixed neighbourhood?',
      },
    ],
    themes: ['housing', 'health-care', 'safety'],
    targetGroups: ['policymaker', 'professional'],
    related: ['priority-2', 'priority-3', 'priority-6', 'priority-7', 'gap-6'],
    source: {
      section: '3.1',
      quote:
        'Zowel voor beleid als uitvoeringspraktijk roept dit tal van kennis- en handelingsvragen op. Wat betekent het streven naar inclusieve wijken in de praktijk? Hoe maken we wijken waar iedereen zich welkom voelt? Hoe realiseer je een passende sociale basis? De domeinen wonen, zorg, hulpverlening en veiligheid komen hier samen.',
    },
  },
  {
    id: 'gap-4',
    kind: 'content-gap',
    number: 4,
    title: {
      nl: 'Integraal preventief signaleren voor een veilige en leefbare wijk',
      en: 'Integrated preventive signalling for a safe and liveable neighbourhood',
    },
    summary: {
      nl: 'Op het snijvlak van zorg en veiligheid is een gecombineerde aanpak van preventie en repressie nodig: van het preventief signaleren van zorgmijders tot het signaleren van overlast, criminaliteit en ondermijning, terwijl de verkokering toenam.',
      en: 'Where care and safety meet, prevention and repression must be combined: from preventively spotting care avoiders to signalling nuisance, crime and subversive crime, while compartmentalisation has grown.',
    },
    questions: [
      {
        nl: 'Hoe kan het versterken van de sociale basis in wijken hand in hand gaan met sociale herovering?',
        en: 'How can strengthening the social base in neighbourhoods go hand in hand with social reconquest?',
      },
      {
        nl: 'Hoe en met welke partijen kan het versterken van de sociale basis in wijken hand in hand gaan met sociale herovering?',
        en: 'How, and with which parties, can strengthening the social base in neighbourhoods go hand in hand with social reconquest?',
      },
      {
        nl: 'Wat vraagt dit van de samenwerking tussen maatschappelijke instellingen, professionals en bewoners?',
        en: 'What does this ask of the cooperation between civil-society institutions, professionals and residents?',
      },
      {
        nl: 'Hoe combineer je preventie en repressie op het snijvlak van zorg en veiligheid, van het preventief signaleren van zorgmijders tot het signaleren en melden van overlastgevend gedrag en patronen van criminaliteit en ondermijning?',
        en: 'How do you combine prevention and repression where care and safety meet, from preventively spotting care avoiders to signalling and reporting nuisance and patterns of crime and subversive crime?',
      },
    ],
    themes: ['safety', 'health-care', 'area-based-working'],
    targetGroups: ['policymaker', 'professional', 'resident'],
    related: ['priority-4', 'priority-6', 'priority-7', 'org-cross-domain'],
    source: {
      section: '3.1',
      quote:
        'Vraagstukken op het snijvlak van zorg en veiligheid vereisen in de frontlinie echter juist een gecombineerde aanpak van preventie en repressie',
    },
  },
  {
    id: 'gap-5',
    kind: 'content-gap',
    number: 5,
    title: {
      nl: 'Wijkgericht werken aan sociale stijging',
      en: 'Working on social mobility at neighbourhood level',
    },
    summary: {
      nl: 'Wijkvernieuwing moet de toekomstkansen van bewoners vergroten; de coronacrisis maakt dat urgenter. Andere gemeenten kijken naar arrangementen van het NPRZ, zoals extra lessen op school en leerwerkakkoorden, en naar werkgelegenheid uit de energietransitie.',
      en: 'Neighbourhood renewal should improve residents’ prospects; the corona crisis makes this more urgent. Other municipalities look at NPRZ arrangements, such as extra lessons at school and learn-work agreements, and at jobs from the energy transition.',
    },
    questions: [
      {
        nl: 'Wat vraagt de gemeenschappelijke inzet op sociale stijging van de samenwerking tussen gemeente, scholen, bedrijven en sociaal ondernemers?',
        en: 'What does a joint effort on social mobility ask of the cooperation between municipality, schools, businesses and social entrepreneurs?',
      },
      {
        nl: 'Hoe kunnen gemeentelijke diensten als onderwijs en SZW en het Rijk dit faciliteren?',
        en: 'How can municipal departments such as education and social affairs and employment (SZW), and central government, facilitate this?',
      },
      {
        nl: 'Hoe benut je wijkvernieuwing om de ontplooiingskansen van bewoners te vergroten?',
        en: 'How do you use neighbourhood renewal to increase residents’ opportunities to develop?',
      },
      {
        nl: 'Wat kunnen andere gemeenten leren van de arrangementen van het NPRZ, zoals extra lessen op school en leerwerkakkoorden met werkgevers?',
        en: 'What can other municipalities learn from the NPRZ arrangements, such as extra lessons at school and learn-work agreements with employers?',
      },
      {
        nl: 'Hoe benut je de nieuwe (tijdelijke) werkgelegenheid die de energietransitie in de wijk teweegbrengt?',
        en: 'How do you make use of the new (temporary) jobs the energy transition brings to the neighbourhood?',
      },
    ],
    themes: ['education', 'work', 'energy-transition', 'area-based-working'],
    targetGroups: NOT_RESIDENTS,
    related: ['priority-2', 'priority-6', 'priority-7'],
    source: {
      section: '3.1',
      quote:
        'Wat vraagt de gemeenschappelijke inzet op sociale stijging van de samenwerking tussen gemeente, scholen, bedrijven en sociaal ondernemers? Hoe kunnen gemeentelijke diensten als onderwijs en SZW en het Rijk dit faciliteren?',
    },
  },
  {
    id: 'gap-6',
    kind: 'content-gap',
    number: 6,
    title: {
      nl: 'De rol van corporaties op het terrein van leefbaarheid',
      en: 'The role of housing corporations in liveability',
    },
    summary: {
      nl: 'Na de herziening van de Woningwet (2015) trokken corporaties zich terug uit de wijk; nu keren velen terug en zoeken samenwerking met gemeente, zorg, welzijn, politie en bewoners. Leeraanbod hierover lijkt volop in ontwikkeling, bij kenniscentra en bij Aedes.',
      en: 'After the revision of the Housing Act (2015) corporations withdrew from the neighbourhood; now many return and seek cooperation with municipality, care, welfare, police and residents. Learning offerings on this appear to be in full development, at knowledge centres and at Aedes.',
    },
    questions: [
      {
        nl: 'Welke werkwijzen zijn nodig als corporaties bij het werken aan leefbaarheid samenwerking zoeken met gemeente, zorg, welzijn, politie en bewoners, en welke ervaring wordt daarmee opgedaan?',
        en: 'Which working methods are needed when corporations seek cooperation with municipality, care, welfare, police and residents on liveability, and what experience is gained with them?',
      },
      {
        nl: 'In hoeverre levert de hernieuwde aandacht van corporaties voor leefbaarheid integrale handelingsperspectieven op voor de opgaven in kwetsbare buurten?',
        en: 'To what extent does the renewed attention of corporations to liveability yield integrated courses of action for the tasks in vulnerable neighbourhoods?',
      },
    ],
    themes: ['housing', 'area-based-working'],
    targetGroups: NOT_RESIDENTS,
    related: ['gap-3'],
    status: 'in-development',
    source: {
      section: '3.1',
      quote:
        'Een mogelijke zesde inhoudelijke lacune betreft de rol van corporaties op het terrein van leefbaarheid.',
    },
  },
];

/**
 * The organisational white spots. The report heads this section "2.2 Lacunes in het organiseren van
 * leren", a numbering slip: its table of contents and its place in chapter 3 make it section 3.2.
 */
const organisationalGaps: AgendaItem[] = [
  {
    id: 'org-cross-domain',
    kind: 'organisational-gap',
    title: { nl: 'Domeinoverstijgend leren', en: 'Learning across domains' },
    summary: {
      nl: 'Gemeenten en maatschappelijke partners leren vooral binnen hun eigen sector en beleidsdomein. Echt integraal, domeinoverstijgend leren samenwerken krijgt nog beperkt aandacht, terwijl de noodzaak groeit.',
      en: 'Municipalities and civil-society partners learn mostly within their own sector and policy domain. Truly integrated learning to cooperate across domains gets little attention, while the need grows.',
    },
    questions: [
      {
        nl: 'Hoe leer je echt integraal en domeinoverstijgend samenwerken, zowel op strategisch beleidsniveau als op uitvoerend niveau?',
        en: 'How do you learn to cooperate in a truly integrated way across domains, at strategic policy level as well as at operational level?',
      },
      {
        nl: 'Hoe experimenteer je met nieuwe werkwijzen voor samenwerking tussen sectoren?',
        en: 'How do you experiment with new ways of working for cooperation between sectors?',
      },
    ],
    themes: ['area-based-working'],
    targetGroups: ['policymaker', 'professional'],
    related: ['org-vertical', 'gap-1', 'gap-4'],
    source: {
      section: '3.2',
      quote:
        'Echt integraal, domein overstijgend leren samenwerken krijgt nog beperkt aandacht, terwijl de noodzaak tot en behoefte aan samenwerking tussen sectoren echter groeiende is.',
    },
  },
  {
    id: 'org-vertical',
    kind: 'organisational-gap',
    title: { nl: 'Verticaal leren', en: 'Vertical learning' },
    summary: {
      nl: 'Horizontaal leren tussen vakgenoten of tussen actieve bewoners wordt het meest bediend; bestaande netwerken hebben vaak aparte programma’s voor bestuur, beleid en uitvoering. Er liggen kansen voor meer gebiedsgericht verticaal leren, tussen niveaus en met bewoners.',
      en: 'Horizontal learning among peers or among active residents is served most; existing networks often run separate programmes for administration, policy and operations. There are opportunities for more area-based vertical learning, across levels and with residents.',
    },
    questions: [
      {
        nl: 'Hoe organiseer je meer en breder verticaal leren, met name gebiedsgericht: tussen bestuur, beleid en uitvoering en met bewoners?',
        en: 'How do you organise more and broader vertical learning, area-based in particular: between administration, policy and operations, and with residents?',
      },
      {
        nl: 'Hoe leer je tussen beleid en samenleving, tussen disciplines en schaalniveaus?',
        en: 'How do you learn between policy and society, between disciplines and levels of scale?',
      },
    ],
    themes: ['area-based-working', 'participation'],
    targetGroups: ALL_GROUPS,
    related: ['org-cross-domain'],
    source: {
      section: '3.2',
      quote:
        'Er liggen kansen om meer en breder in te zetten op het organiseren van verticaal leren met name gebiedsgericht.',
    },
  },
  {
    id: 'org-between-networks',
    kind: 'organisational-gap',
    title: { nl: 'Uitwisseling tussen bestaande netwerken', en: 'Exchange between existing networks' },
    summary: {
      nl: 'De meeste leertrajecten werken in hun eigen silo, met eigen deelnemers en een beperkte looptijd; na afloop gaan partijen over tot de orde van de dag.',
      en: 'Most learning programmes work in their own silo, with their own participants and a limited duration; afterwards the parties return to business as usual.',
    },
    questions: [
      {
        nl: 'Hoe kan netwerkoverstijgend leren worden bevorderd?',
        en: 'How can learning across networks be encouraged?',
      },
      {
        nl: 'Hoe kunnen kennis en inzichten worden benut in andere sectoren en netwerken?',
        en: 'How can knowledge and insights be used in other sectors and networks?',
      },
      {
        nl: 'Welke bestaande netwerken hebben hiertoe de meeste potentie?',
        en: 'Which existing networks have the most potential for this?',
      },
    ],
    themes: ['area-based-working'],
    targetGroups: ALL_GROUPS,
    source: {
      section: '3.2',
      quote:
        'De vraag die hieruit voortkomt is hoe netwerkoverstijgend leren kan worden bevorderd en hoe kennis en de inzichten kunnen worden benut in andere sectoren en netwerken en welke bestaande netwerken hiertoe de meeste potentie hebben.',
    },
  },
];

/** The learning agenda as far as the report text gives it (annex 1, the full agenda, is not in the seed). */
export const agenda: AgendaItem[] = [...priorities, ...contentGaps, ...organisationalGaps];
