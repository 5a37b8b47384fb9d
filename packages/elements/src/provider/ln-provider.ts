import { defineElement } from '../shared/define.js';
import { LnProvider } from './provider.js';

defineElement('ln-provider', LnProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ln-provider': LnProvider;
  }
}
