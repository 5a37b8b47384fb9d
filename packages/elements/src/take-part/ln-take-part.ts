import { defineElement } from '../shared/define.js';
import { LnTakePart } from './take-part.js';

defineElement('ln-take-part', LnTakePart);

declare global {
  interface HTMLElementTagNameMap {
    'ln-take-part': LnTakePart;
  }
}
