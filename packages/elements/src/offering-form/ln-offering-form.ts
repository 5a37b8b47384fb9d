import { defineElement } from '../shared/define.js';
import { LnOfferingForm } from './offering-form.js';

defineElement('ln-offering-form', LnOfferingForm);

declare global {
  interface HTMLElementTagNameMap {
    'ln-offering-form': LnOfferingForm;
  }
}
