import type { Lang } from './lang.js';

const nl = `leernetwerk — opdrachtregel voor de coördinatie van het Leernetwerk Leefbaarheid en Veiligheid

Gebruik: leernetwerk <opdracht> [opties]

Opdrachten:
  validate <bestand.json|bestand.csv>         controleer een dataset of een aanbod-CSV
  import <aanbod.csv> [-o dataset.json]       zet een CSV-export (Excel) om in een dataset
  match "<leervraag>" [filters] [--json]      koppel een leervraag aan agenda, aanbod en vergelijkbare vragen
  gaps [--by dimensie] [--json]               witte vlekken: vraag zonder aanbod
  build-index -o index.json                   schrijf de vooraf gebouwde zoekindex
  diff <oud.json> <nieuw.json> [--json]       wat is toegevoegd, gewijzigd en verwijderd

Opties voor elke opdracht:
  --data BESTAND   dataset (JSON) of vooraf gebouwde index; zonder: de meegeleverde dataset
  --lang nl|en     taal van de uitvoer (standaard nl; en als LANG met en begint)
  -h, --help       hulp bij een opdracht: leernetwerk <opdracht> --help

Afsluitcodes: 0 gelukt, 1 problemen in de gegevens, 2 verkeerd gebruik.`;

const en = `leernetwerk — command line for coordinating the Leernetwerk Leefbaarheid en Veiligheid

Usage: leernetwerk <command> [options]

Commands:
  validate <file.json|file.csv>               check a dataset or an offerings CSV
  import <offerings.csv> [-o dataset.json]    turn a CSV export (Excel) into a dataset
  match "<question>" [filters] [--json]       link a learning question to agenda, offerings and similar questions
  gaps [--by dimension] [--json]              white spots: demand without supply
  build-index -o index.json                   write the prebuilt search index
  diff <old.json> <new.json> [--json]         what was added, changed and removed

Options for every command:
  --data FILE      dataset (JSON) or prebuilt index; without it, the bundled dataset
  --lang nl|en     output language (default nl; en when LANG starts with en)
  -h, --help       help for a command: leernetwerk <command> --help

Exit codes: 0 done, 1 problems in the data, 2 wrong usage.`;

export function usage(lang: Lang): string {
  return lang === 'en' ? en : nl;
}
