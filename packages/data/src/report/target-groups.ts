import type { TargetGroupRecord } from '@leernetwerk/sdk';

/**
 * The four target groups (section 1.2) with their learning needs (section 2.3, one need per bullet).
 * Section 2.3 describes policymakers, (neighbourhood) professionals and active residents only, so
 * administrators have no learning needs here.
 */
export const targetGroups: TargetGroupRecord[] = [
  {
    id: 'administrator',
    label: { nl: 'Bestuurders', en: 'Administrators' },
    description: {
      nl: 'Bestuurders, zoals wethouders en directeuren: een doelgroep omwille van bestuurlijke dekking en commitment bij een lokale gebiedsgerichte aanpak en voor het borgen van inzet, tijd en capaciteit.',
      en: 'Administrators such as aldermen and directors: a target group for political cover and commitment to a local area-based approach, and for securing effort, time and capacity.',
    },
    learningNeeds: [],
    source: {
      section: '1.2',
      quote:
        'Daarnaast vormen bestuurders een doelgroep, niet alleen omwille van bestuurlijke dekking en commitment bij een lokale gebiedsgerichte aanpak, maar ook voor het borgen van inzet, tijd en capaciteit.',
    },
  },
  {
    id: 'policymaker',
    label: { nl: 'Beleidsmakers', en: 'Policymakers' },
    description: {
      nl: 'Beleidsmakers bij gemeenten en maatschappelijke organisaties zoals woningcorporaties, zorg- en welzijnsorganisaties, politie en onderwijsinstellingen.',
      en: 'Policymakers at municipalities and civil-society organisations such as housing corporations, care and welfare organisations, the police and schools.',
    },
    learningNeeds: [
      {
        id: 'regional-exchange',
        text: {
          nl: 'Kennis uitwisselen op regionaal niveau: wat doen andere gemeenten binnen de regio? Dat sluit aan op de schaal waarop veel vraagstukken, zoals huisvesting, geregeld zijn.',
          en: 'Exchanging knowledge at regional level: what are other municipalities in the region doing? That matches the scale at which many issues, such as housing, are arranged.',
        },
        short: { nl: 'Kennis uitwisselen op regionaal niveau', en: 'Exchanging knowledge at regional level' },
        prefers: { scale: ['regional'], peerMix: ['peers'], direction: ['horizontal'] },
        source: { section: '2.3', quote: 'Men wil overwegend graag op regionaal niveau kennis uit wil wisselen.' },
      },
      {
        id: 'similar-municipalities',
        text: {
          nl: 'Ervaringen en werkwijzen van gemeenten die kampen met vergelijkbare vraagstukken en opgaven, bijvoorbeeld kennisuitwisseling tussen studentensteden.',
          en: 'Experiences and working methods of municipalities facing similar issues and tasks, for example knowledge exchange between student cities.',
        },
        short: { nl: 'Leren van gemeenten met vergelijkbare vraagstukken', en: 'Learning from municipalities facing similar issues' },
        prefers: { peerMix: ['peers'], direction: ['horizontal'], learningForms: ['peer-network'] },
        source: {
          section: '2.3',
          quote:
            'Ook is er op beleidsniveau interesse in ervaringen en werkwijzen van gemeenten die kampen met vergelijkbare vraagstukken en opgaven (bijvoorbeeld kennisuitwisseling tussen studentensteden).',
        },
      },
      {
        id: 'multidisciplinary-local',
        text: {
          nl: 'Rond concrete opgaven vanuit meerdere disciplines samen leren in regionale en/of lokale trajecten met collega’s en partners met wie men echt samenwerkt (bijvoorbeeld in gebiedscoalities), of leren van praktijkervaringen van gemeenten van gelijke omvang of problematiek (intervisie).',
          en: 'Learning together from several disciplines around concrete tasks, in regional and/or local programmes with colleagues and partners one actually works with (for example in area coalitions), or learning from the practice of municipalities of similar size or problems (peer consultation).',
        },
        short: { nl: 'Multidisciplinair samen leren rond concrete opgaven', en: 'Learning across disciplines around concrete tasks' },
        prefers: {
          scale: ['local', 'regional'],
          peerMix: ['mixed'],
          domainScope: ['cross-domain'],
          learningForms: ['intervisie'],
        },
        source: {
          section: '2.3',
          quote:
            'Daarnaast is er behoefte om rond concrete opgaves vanuit meerdere disciplines samen te leren in regionale en/of lokale trajecten met collega\'s en partners waarmee men daadwerkelijk samenwerkt (bijvoorbeeld in gebiedscoalities), of om te leren van praktijkervaringen andere gemeenten die gelijk zijn qua omvang of problematiek (intervisie).',
        },
      },
      {
        id: 'internal-and-city',
        text: {
          nl: 'Binnen de eigen (gemeentelijke) organisatie intern leren organiseren, tussen verschillende domeinen; en op lokaal niveau leren met de stad, bijvoorbeeld via stadslabs en de inzet van stadsmakers.',
          en: 'Organising internal learning within one’s own (municipal) organisation, across domains; and learning with the city at local level, for example through city labs and city makers.',
        },
        short: { nl: 'Intern leren over domeinen heen, en leren met de stad', en: 'Learning internally across domains, and with the city' },
        prefers: {
          scale: ['organisation', 'local'],
          domainScope: ['cross-domain'],
          direction: ['vertical'],
          learningForms: ['city-lab'],
        },
        source: {
          section: '2.3',
          quote:
            'Binnen de eigen (gemeentelijk) organisatie bestaat behoefte om intern leren te organiseren, tussen verschillende domeinen. Ook is benoemd dat leren met de stad (bijv. via stadlabs en de inzet van stadsmakers) een wenselijke manier is om op lokaal niveau met elkaar te leren.',
        },
      },
      {
        id: 'online-communities',
        text: {
          nl: 'Het leren online organiseren en uitwisselen via digitale communities.',
          en: 'Organising learning online and exchanging through digital communities.',
        },
        short: { nl: 'Online leren via digitale communities', en: 'Learning online through digital communities' },
        prefers: { learningForms: ['online-community'] },
        source: {
          section: '2.3',
          quote: 'Tot slot is er behoefte om het leren online te organiseren en uit te wisselen via digitale communities.',
        },
      },
    ],
    source: {
      section: '1.2',
      quote:
        'Voor bestuurders, beleidsmakers en professionals geldt dat ze werkzaam kunnen zijn bij gemeenten, bij maatschappelijke organisaties zoals woningcorporaties, zorg- en welzijnsorganisaties, politie en onderwijsinstellingen, of betrokken zijn bij verenigingen of initiatieven in een wijk of buurt.',
    },
  },
  {
    id: 'professional',
    label: { nl: '(Wijk)professionals', en: '(Neighbourhood) professionals' },
    description: {
      nl: 'Professionals die in en aan wijken werken, zoals wijkwerkers, wijkagenten, opbouwwerkers en sociaal werkers, bij gemeenten of maatschappelijke organisaties.',
      en: 'Professionals working in and on neighbourhoods, such as neighbourhood workers, community police officers, community developers and social workers, at municipalities or civil-society organisations.',
    },
    learningNeeds: [
      {
        id: 'national-best-practices',
        text: {
          nl: 'Leren van landelijke best practices: inspirerende verhalen van plekken waar iets goed is gelukt, of juist van projecten die niet goed lopen, eventueel met een matchmaker die je koppelt aan goede voorbeelden. Ontsluiten van bestaande kennis staat voorop; ook trainingen zijn een vorm om ervaringen te delen.',
          en: 'Learning from national best practices: inspiring stories of places where something worked, or from projects that went wrong, possibly with a matchmaker who links you to good examples. Opening up existing knowledge comes first; training is also a way to share experience.',
        },
        short: { nl: 'Leren van landelijke best practices', en: 'Learning from national best practices' },
        prefers: { scale: ['national'], learningForms: ['inspiration-session', 'training'] },
        source: { section: '2.3', quote: 'Men leert graag van landelijke best practices' },
      },
      {
        id: 'practice-based-small-groups',
        text: {
          nl: 'Al doende (praktijkgericht) leren of op basis van onderzoek leren hoe resultaten in de praktijk kunnen worden toegepast, interactief en in kleine groepen, bijvoorbeeld met actiegericht onderzoek: van casussen aanpakken op uitvoerend niveau tot lokaal leren van goede voorbeelden en intervisie in lokale integrale gebiedsteams met externe begeleiding.',
          en: 'Learning by doing (practice-based) or learning from research how results can be applied, interactively and in small groups, for example through action research: from tackling cases at operational level to learning locally from good examples and peer consultation in local integrated area teams with outside guidance.',
        },
        short: { nl: 'Praktijkgericht leren in kleine groepen', en: 'Practice-based learning in small groups' },
        prefers: { scale: ['local'], learningForms: ['action-research', 'intervisie'] },
        source: {
          section: '2.3',
          quote:
            'Zij geven een voorkeur aan interactieve vormen: in kleine groepen, inspirerend, bijvoorbeeld door middel van actiegericht onderzoek.',
        },
      },
      {
        id: 'intervisie-with-peers',
        text: {
          nl: 'In klein verband kennis delen op basis van intervisie, met gelijkgestemden; er is een wens voor landelijke leerkringen. Leernetwerken binnen de eigen organisatie zijn mogelijk moeilijker te realiseren.',
          en: 'Sharing knowledge in small groups through peer consultation with like-minded people; there is a wish for national learning circles. Learning networks within one’s own organisation may be harder to realise.',
        },
        short: { nl: 'Intervisie in klein verband, met gelijkgestemden', en: 'Peer consultation in small groups of like-minded people' },
        prefers: {
          scale: ['national'],
          peerMix: ['peers'],
          direction: ['horizontal'],
          learningForms: ['intervisie', 'learning-circle'],
        },
        source: {
          section: '2.3',
          quote:
            'Er is interesse om in klein verband kennis te delen op basis van intervisie, met gelijkgestemden. Er is een wens voor landelijke leerkringen',
        },
      },
      {
        id: 'learning-with-residents',
        text: {
          nl: 'Samen met bewoners leren, met vormen die bewoners leuk vinden, zoals een wijkclub, en niet te langdurige trajecten.',
          en: 'Learning together with residents, in forms residents enjoy, such as a neighbourhood club, and in programmes that do not last too long.',
        },
        short: { nl: 'Samen met bewoners leren, in vormen die zij leuk vinden', en: 'Learning together with residents, in forms they enjoy' },
        prefers: { scale: ['local'], direction: ['vertical'], peerMix: ['mixed'], duration: ['one-off', 'short'] },
        source: {
          section: '2.3',
          quote:
            'Samen met bewoners leren. Daarom belangrijk om ook vormen te kiezen die bewoners leuk vinden, zoals een wijkclub en niet te langdurige trajecten.',
        },
      },
      {
        id: 'local-team-network',
        text: {
          nl: 'Naast het aanbod van LSA Bewoners en Krachtproef: lokaal of regionaal leren met andere partijen in een netwerk, bijvoorbeeld als team van formele partners en bewonersorganisaties in de wijk, samen met of juist ván mensen uit de wijk, rond thema’s of een concreet vraagstuk.',
          en: 'Besides what LSA Bewoners and Krachtproef offer: learning locally or regionally with other parties in a network, for example as a team of formal partners and residents’ organisations in the neighbourhood, together with or from people in the neighbourhood, around themes or a concrete issue.',
        },
        short: { nl: 'Lokaal of regionaal leren in een netwerk met andere partijen', en: 'Learning locally or regionally in a network with other parties' },
        prefers: {
          scale: ['local', 'regional'],
          peerMix: ['mixed'],
          direction: ['vertical'],
          domainScope: ['cross-domain'],
        },
        source: {
          section: '2.3',
          quote:
            "Het huidige aanbod van zowel LSA Bewoners als Krachtproef voorziet al goed in hun leerbehoefte maar daarnaast blijkt er ook behoefte aan het lokaal of regionaal leren met andere partijen in een netwerk, bijvoorbeeld als 'team' binnen de wijk van samenwerkingspartners",
        },
      },
    ],
    source: {
      section: '1.2',
      quote:
        'De primaire doelgroep van het Leernetwerk Leefbaarheid en Veiligheid bestaat uit beleidsmakers, (wijk)professionals en bewoners.',
    },
  },
  {
    id: 'resident',
    label: { nl: 'Bewoners', en: 'Residents' },
    description: {
      nl: 'Actieve bewoners die betrokken zijn bij beleidsontwikkeling, bewonerscollectieven en bottom-up initiatieven.',
      en: 'Active residents involved in policy development, resident collectives and bottom-up initiatives.',
    },
    learningNeeds: [
      {
        id: 'exchange-visits',
        text: {
          nl: 'Ervaringen uitwisselen en leren van best practices (excursies naar andere wijken, locatiebezoeken), vooral als dit leidt tot grondige kennisuitwisseling en intervisie. Op regionaal en landelijk niveau mag dit meer ad hoc en/of eenmalig zijn.',
          en: 'Exchanging experience and learning from best practices (excursions to other neighbourhoods, site visits), especially when this leads to thorough knowledge exchange and peer consultation. At regional and national level this may be more ad hoc and/or one-off.',
        },
        short: { nl: 'Ervaringen uitwisselen via excursies en locatiebezoeken', en: 'Exchanging experience through excursions and site visits' },
        prefers: {
          scale: ['regional', 'national'],
          peerMix: ['peers'],
          learningForms: ['excursion', 'intervisie'],
          duration: ['one-off'],
        },
        source: {
          section: '2.3',
          quote:
            'Uitwisseling van ervaringen (leren van elkaar) en leren van best practices (excursies andere wijken en leren van elkaar, locatiebezoek etc.) wordt met name gewaardeerd indien dit leidt tot grondige kennisuitwisseling en intervisie. Op regionaal en landelijk niveau mag dit meer ad hoc en/of eenmalig zijn.',
        },
      },
      {
        id: 'local-with-officials',
        text: {
          nl: 'Lokaal leren, samen met andere bewoners(collectieven), ambtenaren en andere partijen rond gemeenschappelijke vraagstukken; vooral waardevol in combinatie met netwerkvorming, ontwikkelen en mobiliseren, of het ontwikkelen van ideeën of plannen.',
          en: 'Learning locally, together with other residents (collectives), civil servants and other parties around shared issues; most valuable combined with networking, developing and mobilising, or developing ideas or plans.',
        },
        short: { nl: 'Lokaal leren met bewoners, ambtenaren en andere partijen', en: 'Learning locally with residents, civil servants and other parties' },
        prefers: { scale: ['local'], direction: ['vertical'], peerMix: ['mixed'] },
        source: {
          section: '2.3',
          quote:
            'Lokaal leren, samen met andere bewoners (collectieven), ambtenaren en andere partijen rond gemeenschappelijke vraagstukken',
        },
      },
      {
        id: 'access-to-expertise',
        text: {
          nl: 'Toegang tot en gebruik van specifieke kennis of expertise; mede door hun beperkte middelen hebben actieve bewoners daar vaak weinig beschikking over.',
          en: 'Access to and use of specific knowledge or expertise; partly because of their limited means, active residents often have little of it at their disposal.',
        },
        short: { nl: 'Toegang tot specifieke kennis en expertise', en: 'Access to specific knowledge and expertise' },
        prefers: { direction: ['vertical'], learningForms: ['knowledge-workshop'] },
        source: {
          section: '2.3',
          quote: 'Actieve bewoners hebben behoefte aan toegang tot en/of gebruik van specifieke kennis of expertise.',
        },
      },
      {
        id: 'experts-by-experience',
        text: {
          nl: 'De inzet van ervaringsdeskundigen in leertrajecten.',
          en: 'Involving experts by experience in learning programmes.',
        },
        short: { nl: 'De inzet van ervaringsdeskundigen', en: 'Involving experts by experience' },
        prefers: {},
        source: { section: '2.3', quote: 'De inzet van ervaringsdeskundigen in leertrajecten wordt gewaardeerd.' },
      },
      {
        id: 'low-threshold-sessions',
        text: {
          nl: 'Eenmalige sessies met een laagdrempelige instap, zoals masterclasses, vaak een opstap om verder te leren of in contact te komen met andere initiatieven.',
          en: 'One-off sessions that are easy to join, such as masterclasses, often a first step towards further learning or meeting other initiatives.',
        },
        short: { nl: 'Eenmalige, laagdrempelige sessies zoals masterclasses', en: 'One-off, easy-to-join sessions such as masterclasses' },
        prefers: { learningForms: ['masterclass', 'inspiration-session'], duration: ['one-off'] },
        source: {
          section: '2.3',
          quote: 'Er is interesse in eenmalige sessies met een laagdrempelige instap, zoals masterclasses.',
        },
      },
    ],
    source: {
      section: '1.2',
      quote:
        'De doelgroep bewoners omvat zowel actieve bewoners die betrokken zijn bij beleidsontwikkeling, als bewonerscollectieven en bottom-up initiatieven.',
    },
  },
];
