import { css } from 'lit';

export const offeringFinderStyles = css`
  .finder {
    container: ln-finder / inline-size;
    overflow-wrap: anywhere;
  }
  .finder__title {
    margin: 0 0 0.75em;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .finder__search {
    margin-block: 0 1.5em;
  }
  .finder__search .hint {
    margin: 0;
  }
  .finder__search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  .finder__search-row .input {
    flex: 1 1 16em;
  }
  .finder__layout {
    display: grid;
    gap: 1.5em;
  }
  @container ln-finder (min-width: 48em) {
    .finder__layout {
      grid-template-columns: minmax(13em, 1fr) minmax(0, 3fr);
      align-items: start;
    }
  }
  .finder__filters-toggle {
    display: none;
  }
  @container ln-finder (max-width: 47.99em) {
    .finder__filters-toggle {
      display: inline-flex;
      margin-block-end: 1em;
    }
    .finder__facets[data-collapsed] {
      display: none;
    }
  }
  .finder__facets-heading {
    margin: 0 0 0.75em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .facet {
    margin-block: 0 1.25em;
  }
  .facet legend {
    margin-block-end: 0.25em;
  }
  .facet__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facet__count {
    color: var(--_muted-color);
  }
  .facet__more {
    margin-block-start: 0.25em;
  }
  .finder__toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
    justify-content: space-between;
    margin-block-end: 1em;
  }
  .finder__count {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
  }
  .finder__sort {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .finder__sort .select {
    inline-size: auto;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: 1em;
  }
  .chips__heading {
    margin: 0;
    font-weight: 600;
  }
  .chips__list {
    display: contents;
    list-style: none;
  }
  .chips__list li {
    display: inline-flex;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 0.125em solid var(--_primary-bg);
    border-radius: 1.5em;
    background: var(--_background);
    color: var(--_primary-bg);
    font: inherit;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_surface);
  }
  .chip__x {
    font-size: 1.25em;
    line-height: 1;
  }
  .finder__list {
    display: grid;
    gap: 1em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .finder__more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  .finder__more p {
    margin: 0;
  }
  .finder__empty {
    padding: 1em 1.25em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .finder__empty-heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }
  .finder__empty a.button {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .chip,
    .finder__empty {
      border: 0.0625em solid CanvasText;
    }
    .chip {
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
