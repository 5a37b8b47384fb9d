import { defineElement } from '../shared/define.js';
import '../take-part/ln-take-part.js';
import { LnOfferingFinder } from './offering-finder.js';

defineElement('ln-offering-finder', LnOfferingFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ln-offering-finder': LnOfferingFinder;
  }
}
