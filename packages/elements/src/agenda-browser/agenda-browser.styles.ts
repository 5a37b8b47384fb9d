import { css } from 'lit';

export const agendaBrowserStyles = css`
  :host {
    --_priority: var(--ln-priority-color, #154273);
    --_white-spot: var(--ln-white-spot-color, #8a3c00);
  }
  .agenda {
    max-inline-size: 60em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1.5em;
    margin-block-end: 1em;
  }
  .controls .field,
  .controls fieldset {
    margin: 0;
  }
  .controls__options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .controls__filter .select {
    inline-size: auto;
    min-inline-size: 12em;
    max-inline-size: 100%;
  }
  .count {
    margin-block: 0 1em;
    font-weight: 600;
  }
  .section-heading {
    margin-block: 1.5em 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .group {
    margin-block: 1em 1.5em;
  }
  .group__heading {
    margin-block: 0 0.5em;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.3;
  }
  .group__count {
    font-weight: normal;
    color: var(--_muted-color);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 0.0625em solid var(--_border-color);
  }
  .item {
    border-block-end: 0.0625em solid var(--_border-color);
    border-inline-start: 0.3125em solid transparent;
  }
  .item--priority {
    border-inline-start: 0.3125em solid var(--_priority);
  }
  .item--white-spot {
    border-inline-start: 0.3125em dashed var(--_white-spot);
  }
  .item__heading {
    margin: 0;
    font-size: 1em;
  }
  .item__toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.625em 0.75em;
    border: 0;
    background: transparent;
    color: var(--_link-color);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .item__toggle:hover .item__title {
    text-decoration: underline;
    color: var(--_link-hover-color);
  }
  .item__icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  :host([dir='rtl']) .item__icon,
  .agenda:dir(rtl) .item__icon {
    transform: rotate(135deg);
  }
  .item__toggle[aria-expanded='true'] .item__icon {
    transform: rotate(45deg);
  }
  .item__title {
    flex: 1 1 20em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    border: 0.125em solid currentColor;
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.4;
    white-space: nowrap;
  }
  .badge--priority {
    border-color: var(--_priority);
    background: var(--_priority);
    color: #ffffff;
  }
  .badge--priority::before {
    content: '★ ';
  }
  .badge--white-spot {
    border-style: dashed;
    border-color: var(--_white-spot);
    background: var(--_background);
    color: var(--_white-spot);
  }
  .badge--white-spot::before {
    content: '○ ';
  }
  .badge--in-development {
    border-style: dotted;
    border-color: var(--_muted-color);
    background: var(--_background);
    color: var(--_color);
    font-style: italic;
  }
  .item__panel {
    padding: 0 0.75em 1em 2.1em;
  }
  .item__panel > :first-child {
    margin-block-start: 0;
  }
  .item__subheading {
    margin-block: 1em 0.375em;
    font-weight: 700;
  }
  .item__questions,
  .item__offerings,
  .item__related {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .item__questions li,
  .item__offerings li,
  .item__related li {
    margin-block: 0.25em;
    overflow-wrap: anywhere;
  }
  .item__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin-block: 1em 0;
  }
  .item__meta dt {
    font-weight: 700;
  }
  .item__meta dd {
    margin: 0;
  }
  .item__count,
  .item__none {
    margin-block: 0 0.25em;
    font-weight: 600;
  }
  .item__none {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    color: var(--_white-spot);
  }
  .item__none-icon::before {
    content: '○';
  }
  .item__note {
    font-style: italic;
  }
  .hint {
    margin-block: 0 0.5em;
  }
  .item__offerings .hint {
    margin-inline-start: 0.25em;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.375em;
    padding: 0 0.375em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
    font-size: 0.8125em;
  }
  .item__actions {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    margin-block-start: 1.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    .item__icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .item--priority,
    .item--white-spot {
      border-inline-start-color: CanvasText;
    }
    .badge,
    .badge--priority,
    .badge--white-spot,
    .badge--in-development {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .item__toggle {
      color: LinkText;
    }
    .item__none {
      color: CanvasText;
    }
  }
`;
