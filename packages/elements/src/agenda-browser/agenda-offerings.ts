/**
 * The offerings per agenda item are the SDK's (`offeringsForAgendaItem`): linked offerings always,
 * and those whose absolute fit (`score × coverage`) on the item's title or one of its questions
 * reaches `minFit`. The widget only counts and lists them.
 */
export {
  agendaItemTexts,
  DEFAULT_AGENDA_MIN_FIT,
  offeringsForAgendaItem,
  type AgendaOffering,
  type AgendaOfferingsOptions,
} from '@leernetwerk/sdk';
