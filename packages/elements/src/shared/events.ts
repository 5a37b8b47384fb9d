/**
 * Base of every `ln-*` event: bubbles and crosses shadow roots (`composed`), carries a typed,
 * read-only `detail`. Each widget declares one subclass per event, e.g.
 *
 * ```ts
 * export class LnQuestionSubmitEvent extends LnEvent<{ question: LearningQuestion }> {
 *   static readonly eventName = 'ln-question-submit';
 *   constructor(detail: { question: LearningQuestion }) { super(LnQuestionSubmitEvent.eventName, detail, { cancelable: true }); }
 * }
 * declare global { interface HTMLElementEventMap { 'ln-question-submit': LnQuestionSubmitEvent } }
 * ```
 * Fire them only on user action, never when a property is set.
 */
export class LnEvent<D> extends Event {
  readonly detail: D;

  constructor(type: `ln-${string}`, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}
