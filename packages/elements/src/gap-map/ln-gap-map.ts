import { defineElement } from '../shared/define.js';
import { LnGapMap } from './gap-map.js';

defineElement('ln-gap-map', LnGapMap);

declare global {
  interface HTMLElementTagNameMap {
    'ln-gap-map': LnGapMap;
  }
}
