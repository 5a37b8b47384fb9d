import { LnEvent } from '../shared/events.js';

export interface AgendaToggleDetail {
  /** The agenda item's id. */
  readonly id: string;
  /** True when it opened, false when it closed. */
  readonly open: boolean;
}

/** The person opened or closed an agenda item (never fired for a deep link or a history step). */
export class LnAgendaToggleEvent extends LnEvent<AgendaToggleDetail> {
  static readonly eventName = 'ln-agenda-toggle';
  constructor(detail: AgendaToggleDetail) {
    super(LnAgendaToggleEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ln-agenda-toggle': LnAgendaToggleEvent;
  }
}
