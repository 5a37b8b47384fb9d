import type { Offering } from '@leernetwerk/sdk';
import { LnEvent } from '../shared/events.js';

export interface OfferingSubmitDetail {
  /** The offering as `parseOffering` validated it against the loaded catalogue. */
  readonly offering: Offering;
}

/**
 * The person sent a validated offering. Cancelable: a host that delivers it itself calls
 * `preventDefault()`, and the form shows its confirmation without posting anywhere.
 */
export class LnOfferingSubmitEvent extends LnEvent<OfferingSubmitDetail> {
  static readonly eventName = 'ln-offering-submit';
  constructor(detail: OfferingSubmitDetail) {
    super(LnOfferingSubmitEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ln-offering-submit': LnOfferingSubmitEvent;
  }
}
