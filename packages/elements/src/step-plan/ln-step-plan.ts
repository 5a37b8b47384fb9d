import { defineElement } from '../shared/define.js';
import { LnStepPlan } from './step-plan.js';

defineElement('ln-step-plan', LnStepPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ln-step-plan': LnStepPlan;
  }
}
