import { defineElement } from '../shared/define.js';
import '../take-part/ln-take-part.js';
import { LnAgendaBrowser } from './agenda-browser.js';

defineElement('ln-agenda-browser', LnAgendaBrowser);

declare global {
  interface HTMLElementTagNameMap {
    'ln-agenda-browser': LnAgendaBrowser;
  }
}
