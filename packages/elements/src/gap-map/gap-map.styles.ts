import { css } from 'lit';

/*
 * Each level has a colour, a pattern and a glyph, so it reads without colour (colour blindness,
 * greyscale print) and in forced colours, where the patterns are redrawn in CanvasText.
 */
export const gapMapStyles = css`
  :host {
    --_uncovered: var(--ln-gap-uncovered-color, #f2b8ab);
    --_short: var(--ln-gap-short-color, #f9d9a8);
    --_balanced: var(--ln-gap-balanced-color, #d5e8cf);
    --_ample: var(--ln-gap-ample-color, #c4dced);
    --_ink: rgb(0 0 0 / 0.28);
  }
  .gap-map {
    max-inline-size: 64em;
  }
  .intro {
    margin-block: 0 1em;
  }
  .findings {
    margin-block: 0 1.25em;
    padding: 0.75em 1em;
    border-inline-start: 0.3125em solid var(--_info-color);
    background: var(--_info-bg);
  }
  .findings__heading,
  .legend__heading {
    margin-block: 0 0.5em;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.3;
  }
  .findings__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .findings__list li {
    margin-block: 0.25em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.75em 1.5em;
    margin-block-end: 1em;
  }
  .controls fieldset {
    margin: 0;
  }
  .controls__options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .heat-wrap,
  .numbers-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .heat {
    border-collapse: separate;
    border-spacing: 0.25em;
  }
  .heat caption,
  .numbers caption {
    caption-side: top;
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.375em;
  }
  .heat th {
    padding: 0.25em 0.5em;
    font-weight: 600;
    vertical-align: bottom;
    text-align: start;
  }
  .heat thead th {
    text-align: center;
    min-inline-size: 6.5em;
  }
  .heat tbody th {
    max-inline-size: 16em;
    overflow-wrap: anywhere;
    vertical-align: middle;
  }
  .cell {
    position: relative;
    min-inline-size: 6.5em;
    padding: 0.375em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    background-color: var(--_background);
    cursor: pointer;
    vertical-align: middle;
  }
  .heat--list .cell {
    min-inline-size: 12em;
  }
  .cell__inner {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .cell__glyph {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: 0.0625em solid currentColor;
    border-radius: 50%;
    background: var(--_background);
    font-weight: 700;
    line-height: 1;
  }
  .cell__numbers {
    display: flex;
    flex-direction: column;
    padding: 0.125em 0.375em;
    border-radius: var(--_radius);
    background: var(--_background);
    font-size: 0.875em;
    line-height: 1.3;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .cell--uncovered {
    background-color: var(--_uncovered);
    background-image: repeating-linear-gradient(45deg, var(--_ink) 0 0.125em, transparent 0.125em 0.5em),
      repeating-linear-gradient(-45deg, var(--_ink) 0 0.125em, transparent 0.125em 0.5em);
  }
  .cell--uncovered .cell__glyph::before {
    content: '!!';
  }
  .cell--short {
    background-color: var(--_short);
    background-image: repeating-linear-gradient(45deg, var(--_ink) 0 0.125em, transparent 0.125em 0.5em);
  }
  .cell--short .cell__glyph::before {
    content: '!';
  }
  .cell--balanced {
    background-color: var(--_balanced);
  }
  .cell--balanced .cell__glyph::before {
    content: '=';
  }
  .cell--ample {
    background-color: var(--_ample);
    background-image: radial-gradient(circle, var(--_ink) 0.1em, transparent 0.14em);
    background-size: 0.5em 0.5em;
  }
  .cell--ample .cell__glyph::before {
    content: '+';
  }
  .cell--unasked {
    border-style: dashed;
    border-color: var(--_border-color);
  }
  .cell--unasked .cell__glyph::before {
    content: '○';
  }
  .cell--empty {
    border-color: var(--_surface);
  }
  .cell--empty .cell__glyph::before {
    content: '–';
  }
  .cell:focus-visible,
  .cell--active:focus {
    outline: 0.1875em solid var(--_focus-color);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.3125em var(--_focus-inverse);
  }
  .detail {
    margin-block: 1em;
    padding: 0.75em 1em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .detail__heading {
    margin-block: 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .detail__subheading {
    margin-block: 0.75em 0.25em;
    font-weight: 700;
  }
  .detail__numbers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin: 0;
  }
  .detail__numbers dt {
    font-weight: 700;
  }
  .detail__numbers dd {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .detail__lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    gap: 0 2em;
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .detail li {
    overflow-wrap: anywhere;
  }
  .detail p {
    margin-block: 0.25em;
  }
  .legend {
    margin-block: 1em;
  }
  .legend__list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: 0.375em 1.5em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .legend__list li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .swatch {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.5em;
    block-size: 2.25em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
  }
  .swatch .cell__glyph {
    font-size: 0.875em;
  }
  .numbers {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  .numbers th,
  .numbers td {
    padding: 0.375em 0.625em;
    border-block-end: 0.0625em solid var(--_border-color);
    text-align: start;
    vertical-align: top;
  }
  .numbers thead th {
    border-block-end-width: 0.125em;
  }
  .numbers tbody th {
    font-weight: 600;
  }
  .numbers .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .cell,
    .swatch {
      forced-color-adjust: none;
      background-color: Canvas;
      color: CanvasText;
      border-color: CanvasText;
      --_ink: CanvasText;
    }
    .cell--unasked {
      border-style: dashed;
    }
    .cell--empty {
      border-color: GrayText;
    }
    .cell__glyph,
    .cell__numbers {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 0.0625em solid CanvasText;
    }
    .cell:focus-visible,
    .cell--active:focus {
      outline-color: Highlight;
      box-shadow: none;
    }
    .findings,
    .detail {
      border: 0.0625em solid CanvasText;
    }
  }
`;
