import type { LearningForm, TargetGroup } from '@leernetwerk/sdk';

/** A phrase in Dutch and English. */
export type Phrase = readonly [nl: string, en: string];

/** Topics per theme, phrased to follow "over" / "about". */
export const TOPICS: Readonly<Record<string, readonly Phrase[]>> = {
  education: [
    ['onderwijsachterstanden in de wijk', 'educational disadvantage in the neighbourhood'],
    ['de brede school als buurtvoorziening', 'the community school as a neighbourhood facility'],
    ['gelijke kansen voor kinderen', 'equal opportunities for children'],
    ['samenwerking tussen school en wijkteam', 'cooperation between school and neighbourhood team'],
    ['vroegsignalering op school', 'early signalling at school'],
    ['taalachterstand bij ouders', 'language disadvantage among parents'],
    ['de overstap naar het voortgezet onderwijs', 'the move to secondary school'],
    ['huiswerkbegeleiding in de buurt', 'homework support in the neighbourhood'],
    ['voortijdig schoolverlaten', 'early school leaving'],
    ['extra lestijd op school', 'extra teaching time at school'],
    ['ouderbetrokkenheid bij school', 'parental involvement in school'],
    ['voorschoolse educatie', 'early childhood education'],
  ],
  work: [
    ['toeleiding naar werk', 'guiding residents into work'],
    ['leerwerkakkoorden met werkgevers', 'learn-work agreements with employers'],
    ['werk voor jongeren uit de wijk', 'jobs for young people from the neighbourhood'],
    ['sociaal ondernemen in de buurt', 'social entrepreneurship in the neighbourhood'],
    ['banen uit de energietransitie', 'jobs from the energy transition'],
    ['werkgelegenheid in de wijk', 'employment in the neighbourhood'],
    ['stages bij lokale bedrijven', 'internships at local businesses'],
    ['re-integratie via buurtwerk', 're-integration through neighbourhood work'],
    ['werkzoekenden en vrijwilligerswerk', 'jobseekers and volunteering'],
    ['de participatiewet in de wijk', 'the Participation Act in the neighbourhood'],
    ['laaggeletterdheid en werk', 'low literacy and work'],
    ['de wijkeconomie', 'the neighbourhood economy'],
  ],
  'poverty-debt': [
    ['schuldhulpverlening in de wijk', 'debt counselling in the neighbourhood'],
    ['vroegsignalering van schulden', 'early detection of debt'],
    ['armoede onder gezinnen', 'poverty among families'],
    ['kinderarmoede', 'child poverty'],
    ['energiearmoede', 'energy poverty'],
    ['geldzorgen bespreekbaar maken', 'making money worries discussable'],
    ['bestaanszekerheid', 'income security'],
    ['samenwerking met de voedselbank', 'cooperation with the food bank'],
    ['schulden en gezondheid', 'debt and health'],
    ['armoedebeleid op buurtniveau', 'poverty policy at neighbourhood level'],
    ['betalingsachterstanden bij huurders', 'payment arrears among tenants'],
    ['ervaringsdeskundigen bij armoede', 'experts by experience in poverty'],
  ],
  safety: [
    ['woonoverlast', 'residential nuisance'],
    ['ondermijning in de wijk', 'subversive crime in the neighbourhood'],
    ['jeugdoverlast', 'youth nuisance'],
    ['drugsoverlast', 'drug-related nuisance'],
    ['sociale veiligheid op straat', 'social safety on the street'],
    ['de rol van de wijkagent', 'the role of the community police officer'],
    ['preventie en repressie', 'prevention and repression'],
    ['signaleren en melden', 'signalling and reporting'],
    ['polarisatie en radicalisering', 'polarisation and radicalisation'],
    ['veiligheid in de openbare ruimte', 'safety in public space'],
    ['buurtpreventie', 'neighbourhood watch'],
    ['sociale herovering', 'social reconquest'],
    ['criminele uitbuiting van jongeren', 'criminal exploitation of young people'],
  ],
  housing: [
    ['woningtoewijzing en leefbaarheid', 'housing allocation and liveability'],
    ['gemengde wijken', 'mixed neighbourhoods'],
    ['fysieke wijkvernieuwing', 'physical neighbourhood renewal'],
    ['herstructurering van corporatiewijken', 'restructuring corporation neighbourhoods'],
    ['leefbaarheid in portiekflats', 'liveability in walk-up flats'],
    ['de rol van de woningcorporatie', 'the role of the housing corporation'],
    ['huurdersparticipatie', 'tenant participation'],
    ['sociaal beheer', 'social management of housing'],
    ['de inrichting van de openbare ruimte', 'the design of public space'],
    ['kwetsbare huurders', 'vulnerable tenants'],
    ['kamerverhuur en woningdelen', 'room rental and home sharing'],
    ['stedelijke vernieuwing', 'urban renewal'],
  ],
  'health-care': [
    ['de sociale basis', 'the social base'],
    ['zorgmijders bereiken', 'reaching care avoiders'],
    ['Weer Thuis na beschermd wonen', 'returning home after sheltered housing'],
    ['Langer Thuis in de wijk', 'living at home longer in the neighbourhood'],
    ['eenzaamheid onder ouderen', 'loneliness among older people'],
    ['mensen met verward gedrag', 'people with confused behaviour'],
    ['het sociaal wijkteam', 'the social neighbourhood team'],
    ['gezondheidsachterstanden', 'health inequalities'],
    ['mantelzorg in de buurt', 'informal care in the neighbourhood'],
    ['ggz in de wijk', 'mental health care in the neighbourhood'],
    ['een gezonde leefomgeving', 'a healthy living environment'],
    ['preventie en welzijn', 'prevention and welfare'],
  ],
  'energy-transition': [
    ['aardgasvrije wijken', 'gas-free neighbourhoods'],
    ['verduurzaming van huurwoningen', 'making rental homes sustainable'],
    ['energiearmoede aanpakken', 'tackling energy poverty'],
    ['bewoners en de warmtetransitie', 'residents and the heat transition'],
    ['meekoppelen van opgaven', 'linking tasks together'],
    ['energiecoöperaties in de buurt', 'energy cooperatives in the neighbourhood'],
    ['isolatie van koopwoningen', 'insulating owner-occupied homes'],
    ['klimaatadaptatie en groen', 'climate adaptation and greenery'],
    ['energiecoaches', 'energy coaches'],
    ['wijkuitvoeringsplannen', 'neighbourhood implementation plans'],
    ['zonnepanelen op corporatiebezit', 'solar panels on corporation housing'],
    ['de wijk van het gas af', 'taking the neighbourhood off gas'],
  ],
  participation: [
    ['bewonersinitiatieven', 'resident initiatives'],
    ['eigenaarschap van bewoners', 'residents’ ownership'],
    ['zeggenschap in de buurt', 'control in the neighbourhood'],
    ['right to challenge', 'the right to challenge'],
    ['buurtbudgetten', 'neighbourhood budgets'],
    ['bewonersraden', 'residents’ councils'],
    ['de rol van buurtmakers', 'the role of neighbourhood makers'],
    ['betrokkenheid van jongeren', 'involving young people'],
    ['participatie van nieuwkomers', 'participation of newcomers'],
    ['gemeenschapskracht', 'community power'],
    ['vrijwillige inzet', 'voluntary effort'],
    ['buurtcoöperaties', 'neighbourhood cooperatives'],
  ],
  'area-based-working': [
    ['gebiedsgericht werken', 'area-based working'],
    ['domeinoverstijgend samenwerken', 'cooperating across domains'],
    ['de gebiedsregisseur', 'the area director'],
    ['integrale gebiedsteams', 'integrated area teams'],
    ['opgavegericht werken', 'task-oriented working'],
    ['samenwerking tussen gemeente en partners', 'cooperation between municipality and partners'],
    ['verkokering doorbreken', 'breaking down silos'],
    ['gebiedscoalities', 'area coalitions'],
    ['wijkgericht werken in de gemeente', 'neighbourhood-based working in the municipality'],
    ['de samenwerking tussen zorg en veiligheid', 'cooperation between care and safety'],
    ['netwerksamenwerking in de wijk', 'network cooperation in the neighbourhood'],
    ['integraal werken', 'integrated working'],
  ],
  'neighbourhood-approach': [
    ['een wijkaanpak voor de lange termijn', 'a long-term neighbourhood approach'],
    ["buurtagenda's", 'neighbourhood agendas'],
    ['wijkprofielen', 'neighbourhood profiles'],
    ['monitoring van de wijkaanpak', 'monitoring the neighbourhood approach'],
    ['geldstromen bundelen', 'pooling funding streams'],
    ['doelen stellen in de wijk', 'setting goals in the neighbourhood'],
    ['een wijkvisie met bewoners', 'a neighbourhood vision with residents'],
    ['borging van de wijkaanpak', 'securing the neighbourhood approach'],
    ['de effecten van interventies', 'the effects of interventions'],
    ['werkzame elementen', 'effective elements'],
    ['een wijkanalyse', 'a neighbourhood analysis'],
    ['de wijkaanpak stap voor stap', 'the neighbourhood approach step by step'],
  ],
};

/** How often each theme occurs, after the report: housing, care and safety far more than education and work. */
export const THEME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['housing', 3],
  ['health-care', 3],
  ['safety', 3],
  ['participation', 3],
  ['area-based-working', 2],
  ['neighbourhood-approach', 2],
  ['poverty-debt', 1.5],
  ['energy-transition', 1.5],
  ['education', 1],
  ['work', 1],
];

/** Title templates per learning form; `{topic}`, `{Topic}` (capitalised), `{place}` and `{group}` are filled in. */
export const TITLES: Readonly<Record<LearningForm, readonly Phrase[]>> = {
  'learning-community': [
    ['Leergemeenschap over {topic}', 'Learning community on {topic}'],
    ['Lerend netwerk over {topic}', 'Learning network on {topic}'],
    ['Leergemeenschap {place}: {topic}', 'Learning community {place}: {topic}'],
  ],
  'living-lab': [
    ['Living lab rond {topic}', 'Living lab on {topic}'],
    ['Proeftuin {place}: {topic}', 'Pilot {place}: {topic}'],
    ['Wijklab {place}: {topic}', 'Neighbourhood lab {place}: {topic}'],
  ],
  'community-of-practice': [
    ['Community of practice over {topic}', 'Community of practice on {topic}'],
    ['Praktijkgemeenschap {place}: {topic}', 'Practice community {place}: {topic}'],
  ],
  'knowledge-workshop': [
    ['Kenniswerkplaats over {topic}', 'Knowledge workshop on {topic}'],
    ['Werkplaats {place}: {topic}', 'Workshop {place}: {topic}'],
  ],
  intervisie: [
    ['Intervisiegroep over {topic}', 'Peer consultation group on {topic}'],
    ['Intervisie voor {group}: {topic}', 'Peer consultation for {group}: {topic}'],
    ['Casusbespreking rond {topic}', 'Case discussions on {topic}'],
  ],
  masterclass: [
    ['Masterclass over {topic}', 'Masterclass on {topic}'],
    ['Masterclass: {Topic} in de praktijk', 'Masterclass: {Topic} in practice'],
  ],
  excursion: [
    ['Werkbezoek {place}: {topic}', 'Working visit {place}: {topic}'],
    ['Excursie: {Topic}', 'Excursion: {Topic}'],
    ['Wijkbezoek in {place} over {topic}', 'Neighbourhood visit in {place} on {topic}'],
  ],
  training: [
    ['Training over {topic}', 'Training on {topic}'],
    ['Cursus voor {group}: {topic}', 'Course for {group}: {topic}'],
    ['Leergang {Topic}', 'Learning programme: {Topic}'],
  ],
  'inspiration-session': [
    ['Inspiratiesessie over {topic}', 'Inspiration session on {topic}'],
    ['Webinar: {Topic}', 'Webinar: {Topic}'],
    ['Inspiratiebijeenkomst over {topic}', 'Inspiration meeting on {topic}'],
  ],
  'action-research': [
    ['Actieonderzoek naar {topic}', 'Action research on {topic}'],
    ['Praktijkonderzoek {place}: {topic}', 'Practice research {place}: {topic}'],
  ],
  'learning-circle': [
    ['Leerkring over {topic}', 'Learning circle on {topic}'],
    ['Kenniskring {Topic}', 'Knowledge circle: {Topic}'],
  ],
  'online-community': [
    ['Online community over {topic}', 'Online community on {topic}'],
    ['Digitaal netwerk over {topic}', 'Digital network on {topic}'],
  ],
  'city-lab': [
    ['Stadslab {place}: {topic}', 'City lab {place}: {topic}'],
    ['Stadslab rond {topic}', 'City lab on {topic}'],
  ],
  'peer-network': [
    ['Netwerk {Topic}', 'Network: {Topic}'],
    ['Vakgenotennetwerk over {topic}', 'Peer network on {topic}'],
    ['Themagroep {Topic}', 'Theme group: {Topic}'],
  ],
};

/** The first sentence of a description per learning form; `{groups}` is a joined list. */
export const INTROS: Readonly<Record<LearningForm, Phrase>> = {
  'learning-community': ['In deze leergemeenschap werken {groups} samen aan {topic}.', 'In this learning community, {groups} work together on {topic}.'],
  'living-lab': ['In dit living lab proberen {groups} nieuwe aanpakken uit rond {topic}.', 'In this living lab, {groups} try out new approaches to {topic}.'],
  'community-of-practice': ['Een community of practice waarin {groups} ervaringen delen over {topic}.', 'A community of practice in which {groups} share experience on {topic}.'],
  'knowledge-workshop': ['Onderzoek, onderwijs, beleid en praktijk ontwikkelen hier samen kennis over {topic}, met {groups}.', 'Research, education, policy and practice develop knowledge on {topic} together here, with {groups}.'],
  intervisie: ['In kleine groepen bespreken {groups} casussen rond {topic}.', 'In small groups, {groups} discuss cases on {topic}.'],
  masterclass: ['Een laagdrempelige masterclass voor {groups} over {topic}.', 'An easy-to-join masterclass for {groups} on {topic}.'],
  excursion: ['Een bezoek aan een wijk die al verder is met {topic}, voor {groups}.', 'A visit to a neighbourhood further ahead with {topic}, for {groups}.'],
  training: ['Een training voor {groups} over {topic}, met oefeningen uit de praktijk.', 'A training for {groups} on {topic}, with exercises from practice.'],
  'inspiration-session': ['Inspirerende voorbeelden en verhalen over {topic} voor {groups}.', 'Inspiring examples and stories on {topic} for {groups}.'],
  'action-research': ['Al doende onderzoeken {groups} wat werkt bij {topic}.', 'By doing, {groups} research what works for {topic}.'],
  'learning-circle': ['In een reeks bijeenkomsten leren {groups} van elkaar over {topic}.', 'In a series of meetings, {groups} learn from each other about {topic}.'],
  'online-community': ['Online vragen stellen en kennis delen over {topic}, met {groups} uit het hele land.', 'Asking questions and sharing knowledge online on {topic}, with {groups} from across the country.'],
  'city-lab': ['Gemeente, stadsmakers en {groups} werken in dit stadslab aan {topic}.', 'Municipality, city makers and {groups} work on {topic} in this city lab.'],
  'peer-network': ['Een netwerk waarin {groups} kennis en ervaringen uitwisselen over {topic}.', 'A network in which {groups} exchange knowledge and experience on {topic}.'],
};

export const ALSO: readonly Phrase[] = [
  ['Ook aandacht voor {topic}.', 'Also covers {topic}.'],
  ['Met aandacht voor {topic}.', 'With attention to {topic}.'],
  ['We verbinden dit met {topic}.', 'We connect this with {topic}.'],
  ['Daarbij kijken we ook naar {topic}.', 'We also look at {topic}.'],
];

export const DIRECTION_SENTENCES: Readonly<Record<'horizontal' | 'vertical', readonly Phrase[]>> = {
  horizontal: [
    ['Deelnemers leren van vakgenoten op hetzelfde niveau.', 'Participants learn from peers at the same level.'],
    ['Je leert van collega’s die voor vergelijkbare vragen staan.', 'You learn from colleagues facing similar questions.'],
  ],
  vertical: [
    ['Bestuur, beleid, uitvoering en bewoners leren hier samen.', 'Administration, policy, operations and residents learn together here.'],
    ['Beleidsmakers, professionals en bewoners zitten samen aan tafel.', 'Policymakers, professionals and residents sit at one table.'],
  ],
};

export const CROSS_DOMAIN_SENTENCES: readonly Phrase[] = [
  ['Partners uit zorg, veiligheid, wonen en onderwijs doen mee.', 'Partners from care, safety, housing and education take part.'],
  ['De aanpak gaat over de grenzen van domeinen heen.', 'The approach crosses the boundaries of domains.'],
];

export const SCALE_SENTENCES: Readonly<Record<'local' | 'regional' | 'national' | 'organisation', Phrase>> = {
  local: ['De bijeenkomsten vinden plaats in {place}.', 'Meetings take place in {place}.'],
  regional: ['Voor deelnemers uit de regio {place}.', 'For participants from the {place} region.'],
  national: ['Deelnemers komen uit het hele land.', 'Participants come from across the country.'],
  organisation: ['Binnen de eigen organisatie, voor teams die samen aan de wijk werken.', 'Within one’s own organisation, for teams working on the neighbourhood together.'],
};

export const DURATION_SENTENCES: Readonly<Record<'one-off' | 'short' | 'long-running', Phrase>> = {
  'one-off': ['Eenmalige bijeenkomst.', 'A one-off meeting.'],
  short: ['Een kort traject van enkele bijeenkomsten.', 'A short programme of a few meetings.'],
  'long-running': ['Een doorlopend traject.', 'A long-running programme.'],
};

/** How people name members of each target group. */
export const GROUP_NAMES: Readonly<Record<TargetGroup, readonly Phrase[]>> = {
  administrator: [['bestuurders', 'administrators'], ['wethouders', 'aldermen']],
  policymaker: [['beleidsmakers', 'policymakers'], ['beleidsadviseurs', 'policy advisers']],
  professional: [
    ['wijkprofessionals', 'neighbourhood professionals'],
    ['sociaal werkers', 'social workers'],
    ['wijkagenten', 'community police officers'],
    ['opbouwwerkers', 'community workers'],
  ],
  resident: [['actieve bewoners', 'active residents'], ['bewonersinitiatieven', 'resident initiatives'], ['buurtmakers', 'neighbourhood makers']],
};

export const PROVINCES: readonly string[] = [
  'Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland',
  'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg',
];

export const CITIES: readonly string[] = [
  'Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda',
  'Nijmegen', 'Apeldoorn', 'Haarlem', 'Arnhem', 'Enschede', 'Amersfoort', 'Zaanstad', 'Den Bosch', 'Zwolle',
  'Leiden', 'Maastricht', 'Dordrecht', 'Zoetermeer', 'Ede', 'Leeuwarden', 'Alkmaar', 'Emmen', 'Delft',
  'Deventer', 'Venlo', 'Helmond', 'Oss', 'Schiedam', 'Vlaardingen', 'Heerlen', 'Hengelo', 'Lelystad',
  'Gouda', 'Hoogeveen', 'Assen', 'Roosendaal', 'Middelburg', 'Vlissingen', 'Sittard-Geleen', 'Kerkrade',
  'Weert', 'Den Helder', 'Purmerend', 'Hilversum', 'Capelle aan den IJssel', 'Spijkenisse',
];

/** Parts of fictional provider names. */
export const PROVIDER_PREFIXES: readonly string[] = [
  'Stichting', 'Kenniscentrum', 'Leerhuis', 'Wijkwerkplaats', 'Buurtnetwerk', 'Coöperatie', 'Bureau',
  'Academie', 'Platform', 'Werkplaats', 'Netwerk', 'Lectoraat',
];
export const PROVIDER_CORES: readonly string[] = [
  'Buurtkracht', 'Samen Wijk', 'Leefbare Buurten', 'Wijk in Beweging', 'De Buurtmakers', 'Sterke Wijken',
  'Thuis in de Wijk', 'Veilig Samen', 'Nieuwe Buren', 'Wijkwijs', 'De Verbinding', 'Kansrijke Wijken',
  'Gezonde Buurt', 'Buurt aan Zet', 'Stad en Buurt', 'Wijkvernieuwing Nu', 'Groene Wijk', 'Het Buurthuis',
];

/** Question templates for shared questions and question-form queries; `{topic}` follows the theme. */
export const QUESTION_TEMPLATES: readonly string[] = [
  'Hoe pakken we {topic} aan in onze wijk?',
  'Wie heeft ervaring met {topic}?',
  'Hoe betrek je bewoners bij {topic}?',
  'Wat werkt bij {topic} in een kwetsbare buurt?',
  'Ik zoek andere gemeenten die werken aan {topic}.',
  'Hoe organiseer je {topic} samen met partners uit zorg en veiligheid?',
  'Zijn er goede voorbeelden van {topic} in {place}?',
  'Hoe kunnen wij als {group} leren over {topic}?',
  'Welke aanpak van {topic} houdt het op lange termijn vol?',
  'Waar kan ik terecht met vragen over {topic}?',
  'Hoe meet je het effect van {topic}?',
  'We willen starten met {topic}, hoe begin je zoiets?',
  'Hoe krijg je bestuurders mee in {topic}?',
  'wat doen andere wijken aan {topic}',
];
