import type { TargetGroup } from '@leernetwerk/sdk';
import { LnEvent } from '../shared/events.js';

export const SUBJECT_TYPES = ['agenda', 'offering'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const TAKE_PART_CHOICES = ['join', 'keep-informed'] as const;
export type TakePartChoice = (typeof TAKE_PART_CHOICES)[number];

/** What a person sends: only what the form asked for, validated; `name` and `role` only when given. */
export interface TakePartDetail {
  readonly subject: { readonly type: SubjectType; readonly id: string; readonly title: string };
  readonly choice: TakePartChoice;
  readonly email: string;
  readonly name?: string;
  readonly role?: TargetGroup;
  /** Always true: the form cannot be sent without consent. */
  readonly consent: true;
}

/**
 * The person sent "I want to take part" or "keep me informed". Cancelable: a host that delivers
 * it itself calls `preventDefault()`, and the element thanks the person without posting anywhere.
 */
export class LnTakePartSubmitEvent extends LnEvent<TakePartDetail> {
  static readonly eventName = 'ln-take-part-submit';
  constructor(detail: TakePartDetail) {
    super(LnTakePartSubmitEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ln-take-part-submit': LnTakePartSubmitEvent;
  }
}
