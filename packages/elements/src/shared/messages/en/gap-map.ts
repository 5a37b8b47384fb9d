import type { MessageShape } from '../types.js';
import type { nl } from '../gap-map.js';

/** English of `../gap-map.ts`: loaded only on a page whose language resolves to English. */
export const en: MessageShape<typeof nl> = {
  label: 'White spots: demand and supply',
  intro:
    'Where is there much demand and little learning on offer? Demand comes from the learning agenda (priority questions and white spots) and from people’s questions. Supply is the number of learning offerings.',
  questionsIncluded: (count) => `Including ${count === 1 ? '1 question' : `${count} questions`} from people.`,
  view: {
    legend: 'Show demand and supply by',
    targetGroup: 'Theme and target group',
    scale: 'Scale',
    direction: 'Direction: horizontal or vertical',
    domainScope: 'Within or across domains',
    showTable: 'Show the numbers as a table',
    showMap: 'Show the numbers as a map',
  },
  dimension: {
    theme: 'Theme',
    targetGroup: 'Target group',
    scale: 'Scale',
    direction: 'Direction',
    domainScope: 'Within or across domains',
  },
  themeKind: { content: 'Content themes', process: 'Process themes' },
  grid: {
    label: (dimension) => `Demand and supply by theme and ${dimension.toLowerCase()}`,
    label1d: (dimension) => `Demand and supply by ${dimension.toLowerCase()}`,
    help: 'Use the arrow keys to move through the cells. Below the map you see what is behind the chosen cell.',
    cell: (demand, supply) => `demand ${demand}, supply ${supply}`,
    demandShort: 'demand',
    supplyShort: 'supply',
    column1d: 'Demand and supply',
  },
  level: {
    uncovered: 'Demand without supply: white spot',
    short: 'Too little supply for the demand',
    balanced: 'Supply follows demand',
    ample: 'Ample supply for the demand',
    unasked: 'Supply, but no demand measured',
    empty: 'No demand and no supply',
  },
  legend: {
    heading: 'Legend',
    numbers: (whiteSpot, priority, question) =>
      `Each cell shows the demand and the number of learning offerings. Demand is weighted: a white spot counts ${whiteSpot}, a priority question ${priority} and a person’s question ${question}.`,
  },
  detail: {
    heading: (row, column) => `${row} — ${column}`,
    heading1d: (value) => value,
    demand: 'Demand',
    supply: 'Supply',
    level: 'Assessment',
    agendaItems: 'Agenda items behind the demand',
    questions: (count) => `${count === 1 ? '1 question' : `${count} questions`} from people`,
    offerings: 'Learning offerings',
    none: 'None',
  },
  table: {
    caption: (dimension) => `Demand and supply by theme and ${dimension.toLowerCase()}`,
    caption1d: (dimension) => `Demand and supply by ${dimension.toLowerCase()}`,
    demand: 'Demand',
    demandShare: 'Share of demand',
    supply: 'Supply',
    supplyShare: 'Share of supply',
    level: 'Assessment',
  },
  findings: {
    heading: 'What stands out',
    none: 'Demand and supply are roughly in step. Nothing in particular stands out.',
  },
  empty: 'There is no demand or supply to show yet.',
};
