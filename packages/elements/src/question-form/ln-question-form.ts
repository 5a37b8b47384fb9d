import { defineElement } from '../shared/define.js';
import '../step-plan/ln-step-plan.js';
import { LnQuestionForm } from './question-form.js';

defineElement('ln-question-form', LnQuestionForm);

declare global {
  interface HTMLElementTagNameMap {
    'ln-question-form': LnQuestionForm;
  }
}
