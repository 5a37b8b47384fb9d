/**
 * The domain lexicon: groups of Dutch words and phrases that people use for the same thing when they
 * talk about liveability and safety in neighbourhoods. Kept as data so that a coordination team can
 * extend it without touching code.
 *
 * Each term is written as people write it; it is normalised (lowercase, no diacritics, punctuation as
 * space) before use, so `wij-zij` and `wij zij` are the same phrase. A term is matched by its exact
 * word form (list the forms you want), and a term may belong to several groups. The report notes that
 * terms for learning forms are used loosely (section 2.1), so those groups are deliberately wide.
 */
export interface SynonymGroup {
  /** Stable id; becomes part of the index term, so changing it asks for a rebuilt index. */
  readonly id: string;
  readonly terms: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Place
  { id: 'wijk', terms: ['wijk', 'wijken', 'buurt', 'buurten', 'woonwijk', 'woonwijken', 'stadswijk', 'stadswijken', 'buurtniveau', 'wijkniveau', 'krachtwijk', 'krachtwijken', 'aandachtswijk', 'aandachtswijken', 'kwetsbare wijken', 'kwetsbare buurten'] },
  { id: 'gebiedsgericht', terms: ['gebiedsgericht', 'gebiedsgerichte', 'wijkgericht', 'wijkgerichte', 'buurtgericht', 'buurtgerichte', 'opgavegericht', 'opgavegerichte', 'wijkaanpak', 'buurtaanpak', 'gebiedsaanpak', 'wijkgericht werken', 'gebiedsgericht werken'] },

  // People
  { id: 'bewoners', terms: ['bewoner', 'bewoners', 'inwoner', 'inwoners', 'burger', 'burgers', 'buurtbewoner', 'buurtbewoners', 'wijkbewoner', 'wijkbewoners', 'buurtgenoten', 'buurtmakers', 'actieve bewoners', 'bewonerscollectieven', 'mensen uit de wijk', 'mensen in de wijk'] },
  { id: 'professionals', terms: ['professional', 'professionals', 'wijkprofessional', 'wijkprofessionals', 'wijkwerker', 'wijkwerkers', 'opbouwwerker', 'opbouwwerkers', 'opbouwwerk', 'sociaal werker', 'sociaal werkers', 'wijkagent', 'wijkagenten', 'jongerenwerker', 'jongerenwerkers', 'buurtwerker', 'buurtwerkers', 'uitvoerders', 'frontlijnwerkers', 'wijkteam', 'wijkteams'] },
  { id: 'beleidsmakers', terms: ['beleidsmaker', 'beleidsmakers', 'beleidsmedewerker', 'beleidsmedewerkers', 'beleidsadviseur', 'beleidsadviseurs', 'beleidsambtenaar', 'beleidsambtenaren', 'beleid'] },
  { id: 'bestuurders', terms: ['bestuurder', 'bestuurders', 'wethouder', 'wethouders', 'burgemeester', 'burgemeesters', 'directeur', 'directeuren', 'bestuur', 'bestuurlijk', 'bestuurlijke'] },
  { id: 'jongeren', terms: ['jongeren', 'jongere', 'jeugd', 'jeugdigen', 'kinderen', 'tieners', 'hangjongeren', 'jeugdoverlast'] },
  { id: 'ervaringsdeskundigen', terms: ['ervaringsdeskundige', 'ervaringsdeskundigen', 'ervaringsdeskundigheid', 'ervaringskennis'] },

  // Institutions and trust
  { id: 'overheid', terms: ['gemeente', 'gemeenten', 'gemeentes', 'gemeentelijk', 'gemeentelijke', 'overheid', 'overheden', 'instituties', 'institutie', 'instanties', 'instantie', 'instellingen', 'ambtenaar', 'ambtenaren', 'stadhuis', 'gemeentehuis', 'politiek'] },
  { id: 'vertrouwen', terms: ['vertrouwen', 'wantrouwen', 'vertrouwensband', 'vertrouwensherstel', 'afhakers', 'in de steek gelaten', 'geloof in de overheid'] },
  { id: 'polarisatie', terms: ['polarisatie', 'polariseren', 'gepolariseerd', 'spanning', 'spanningen', 'wij zij', 'wij zij denken', 'tegenstelling', 'tegenstellingen', 'conflict', 'conflicten', 'onverdraagzaamheid', 'verharding'] },
  { id: 'verbinding', terms: ['verbinding', 'verbindingen', 'verbinden', 'verbondenheid', 'cohesie', 'sociale cohesie', 'samenhang', 'saamhorigheid', 'ontmoeting', 'ontmoeten'] },

  // Strength of a community
  { id: 'draagkracht', terms: ['draagkracht', 'sociale draagkracht', 'dragen', 'aankunnen', 'veerkracht', 'veerkrachtig', 'weerbaarheid', 'weerbaar', 'draagvlak'] },
  { id: 'gemeenschapskracht', terms: ['gemeenschapskracht', 'burgerkracht', 'bewonerskracht', 'buurtkracht', 'eigen kracht', 'zelforganisatie', 'samenredzaamheid', 'als partner', 'partnerschap'] },
  { id: 'participatie', terms: ['participatie', 'bewonersparticipatie', 'burgerparticipatie', 'betrokkenheid', 'zeggenschap', 'medezeggenschap', 'inspraak', 'meedoen', 'meepraten', 'meebeslissen', 'eigenaarschap', 'buurtrecht', 'right to challenge', 'invloed'] },
  { id: 'bewonersinitiatief', terms: ['bewonersinitiatief', 'bewonersinitiatieven', 'burgerinitiatief', 'burgerinitiatieven', 'buurtinitiatief', 'buurtinitiatieven', 'wijkinitiatief', 'wijkinitiatieven', 'initiatiefnemers', 'bottom up', 'van onderop'] },

  // Division and mixing
  { id: 'segregatie', terms: ['segregatie', 'gesegregeerd', 'tweedeling', 'kloof', 'arm en rijk', 'arme en rijke', 'ongelijkheid', 'scheidslijnen', 'uit elkaar groeien', 'achterstand', 'achterstanden', 'achterstandswijk', 'achterstandswijken'] },
  { id: 'gemengde-wijk', terms: ['gemengde wijk', 'gemengde wijken', 'gemengde buurt', 'gemengd', 'gemengde', 'menging', 'diversiteit', 'superdiversiteit', 'superdivers', 'inclusie', 'inclusieve', 'inclusief wonen', 'welkom voelt', 'multicultureel', 'multiculturele'] },
  { id: 'kwetsbare-huurders', terms: ['kwetsbare huurders', 'kwetsbare bewoners', 'instroom', 'uitstroom', 'weer thuis', 'langer thuis', 'beschermd wonen', 'maatschappelijke opvang', 'vergrijzing', 'ouderen', 'psychische kwetsbaarheid', 'ggz'] },

  // Safety
  { id: 'veiligheid', terms: ['veiligheid', 'onveiligheid', 'veilig', 'veilige', 'onveilig', 'onveilige', 'overlast', 'overlastgevend', 'criminaliteit', 'inbraken', 'veiligheidsgevoel'] },
  { id: 'ondermijning', terms: ['ondermijning', 'ondermijnende', 'ondermijnend', 'criminaliteit', 'crimineel', 'criminele', 'criminelen', 'misdaad', 'drugs', 'drugscriminaliteit', 'drugshandel', 'drugsdealers', 'witwassen', 'georganiseerde misdaad'] },
  { id: 'zorgmijders', terms: ['zorgmijder', 'zorgmijders', 'zorgmijding', 'verwarde personen', 'verward gedrag', 'onbegrepen gedrag', 'personen met verward gedrag'] },
  { id: 'preventie', terms: ['preventie', 'preventief', 'preventieve', 'vroegsignalering', 'signaleren', 'signalering', 'vroeg signaleren', 'voorkomen'] },
  { id: 'repressie', terms: ['repressie', 'repressief', 'handhaving', 'handhaven', 'sancties', 'strafrecht', 'politie', 'sociale herovering', 'herovering'] },
  { id: 'integraal', terms: ['integraal', 'integrale', 'samenhangende aanpak', 'ketensamenwerking', 'samen optrekken'] },

  // Content themes
  { id: 'armoede', terms: ['armoede', 'arm', 'schulden', 'schuld', 'schuldenproblematiek', 'schuldhulp', 'schuldhulpverlening', 'geldzorgen', 'geldproblemen', 'financiele problemen', 'minima', 'bestaanszekerheid', 'energiearmoede', 'rondkomen'] },
  { id: 'werk', terms: ['werk', 'baan', 'banen', 'arbeidsmarkt', 'werkloosheid', 'werkloos', 'werklozen', 'werkgelegenheid', 'werkgevers', 'werkzoekenden', 'betaald werk', 'arbeidsparticipatie', 'uitkering', 'leerwerkakkoorden', 'leerwerkakkoord', 'toeleiding naar werk'] },
  { id: 'onderwijs', terms: ['school', 'scholen', 'onderwijs', 'basisschool', 'basisscholen', 'leerlingen', 'onderwijsachterstanden', 'leerachterstanden', 'schoolprestaties', 'lessen', 'extra lessen', 'onderwijsinstellingen'] },
  { id: 'sociale-stijging', terms: ['sociale stijging', 'sociale mobiliteit', 'kansengelijkheid', 'gelijke kansen', 'kansen', 'kansrijk', 'ontplooiingskansen', 'toekomstkansen', 'kanselijkheid', 'opwaartse mobiliteit'] },
  { id: 'wonen', terms: ['wonen', 'woning', 'woningen', 'huisvesting', 'woningbouw', 'huurders', 'huurder', 'woningmarkt', 'woningtoewijzing', 'fysieke vernieuwing', 'wijkvernieuwing', 'stedelijke vernieuwing', 'herstructurering'] },
  { id: 'corporatie', terms: ['corporatie', 'corporaties', 'woningcorporatie', 'woningcorporaties', 'woningbouwcorporatie', 'woningbouwcorporaties', 'woningbouwvereniging', 'woningbouwverenigingen', 'verhuurder', 'verhuurders', 'aedes'] },
  { id: 'zorg', terms: ['zorg', 'welzijn', 'gezondheid', 'gezond', 'gezonde', 'hulpverlening', 'zorgbehoefte', 'zorgorganisaties', 'welzijnsorganisaties', 'maatschappelijke ondersteuning', 'wmo', 'sociale basis', 'sociaal domein'] },
  { id: 'energietransitie', terms: ['energietransitie', 'verduurzaming', 'verduurzamen', 'duurzaamheid', 'duurzaam', 'aardgasvrij', 'aardgasvrije', 'aardgasvrije wijken', 'warmtetransitie', 'isolatie', 'isoleren', 'energiearmoede', 'zonnepanelen', 'klimaat'] },
  { id: 'corona', terms: ['corona', 'covid', 'covid 19', 'coronacrisis', 'coronavirus', 'coronatijd', 'pandemie', 'lockdown', 'lockdowns', 'crisis'] },

  // Organising the work
  { id: 'lange-termijn', terms: ['lange termijn', 'langere termijn', 'langdurig', 'langdurige', 'meerjarig', 'meerjarige', 'lange adem', 'structureel', 'structurele', 'blijvend', 'volhouden', 'slagkracht', 'interventiekracht'] },
  { id: 'financiering', terms: ['financiering', 'geldstromen', 'geldstroom', 'budget', 'budgetten', 'middelen', 'geld', 'bekostiging', 'subsidie', 'subsidies', 'ontschotten', 'bundelen'] },
  { id: 'monitoring', terms: ['monitoring', 'monitoren', 'meten', 'effectmeting', 'evaluatie', 'evalueren', 'indicatoren', 'doelen', 'voortgang', 'resultaten', 'effecten', 'op koers'] },
  { id: 'werkzaam', terms: ['werkzame elementen', 'werkzaam', 'werkzame', 'wat werkt', 'effectief', 'effectieve', 'bewezen', 'succesfactoren', 'best practices', 'goede voorbeelden', 'good practices'] },
  { id: 'domeinoverstijgend', terms: ['domeinoverstijgend', 'domeinoverstijgende', 'domein overstijgend', 'domein overstijgende', 'domeinen', 'intersectoraal', 'sectoroverstijgend', 'over domeinen heen', 'tussen domeinen', 'interdisciplinair', 'multidisciplinair', 'verschillende disciplines', 'andere sectoren', 'sectoren'] },
  { id: 'verticaal', terms: ['verticaal', 'verticaal leren', 'tussen niveaus', 'verschillende niveaus', 'mix van niveaus', 'uitvoering en beleid', 'beleid en uitvoering'] },
  { id: 'netwerken', terms: ['netwerken', 'tussen netwerken', 'netwerkoverstijgend', 'bestaande netwerken', 'andere netwerken', 'silo', 'silos', 'verkokering', 'versnippering', 'eigen silo'] },
  { id: 'kennisdelen', terms: ['kennisuitwisseling', 'uitwisselen', 'uitwisseling', 'kennis delen', 'kennisdeling', 'van elkaar leren', 'ervaringen delen', 'ervaringen uitwisselen', 'leren van elkaar', 'onderling leren', 'kennis uitwisselen'] },

  // Learning forms, used loosely (section 2.1)
  { id: 'leergemeenschap', terms: ['leergemeenschap', 'leergemeenschappen', 'community of practice', 'communities of practice', 'lerende praktijk', 'lerende praktijken', 'leerkring', 'leerkringen', 'kenniswerkplaats', 'kenniswerkplaatsen', 'werkplaats', 'werkplaatsen', 'leernetwerk', 'lerend netwerk', 'kenniskring', 'kenniskringen', 'praktijkgemeenschap'] },
  { id: 'lab', terms: ['living lab', 'living labs', 'city lab', 'stadslab', 'stadlab', 'stadslabs', 'proeftuin', 'proeftuinen', 'experimenteren', 'stadsmakers'] },
  { id: 'intervisie', terms: ['intervisie', 'collegiale consultatie', 'casuistiek', 'casusoverleg', 'casussen bespreken', 'moreel beraad', 'met vakgenoten', 'vakgenoten', 'gelijkgestemden'] },
  { id: 'masterclass', terms: ['masterclass', 'masterclasses', 'inspiratiesessie', 'inspiratiesessies', 'inspiratiebijeenkomst', 'kennissessie', 'kennissessies', 'webinar', 'webinars', 'lezing', 'lezingen', 'workshop', 'workshops', 'eenmalige sessie', 'laagdrempelig'] },
  { id: 'excursie', terms: ['excursie', 'excursies', 'werkbezoek', 'werkbezoeken', 'uitwisselingsbezoek', 'locatiebezoek', 'bezoek', 'op bezoek', 'kijkje in de keuken', 'kijken bij', 'andere wijken bezoeken'] },
  { id: 'training', terms: ['training', 'trainingen', 'cursus', 'cursussen', 'opleiding', 'opleidingen', 'scholing', 'leergang'] },
  { id: 'actieonderzoek', terms: ['actieonderzoek', 'actiegericht onderzoek', 'praktijkgericht onderzoek', 'praktijkonderzoek', 'participatief onderzoek'] },
  { id: 'online', terms: ['online', 'digitaal', 'digitale', 'online community', 'digitale community'] },
];
