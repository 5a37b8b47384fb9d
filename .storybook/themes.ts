/**
 * Themes for the "Theme" toolbar. A theme is what a host page does to the widgets: it sets
 * NL Design System tokens (`--nl-*`, `--utrecht-*`) and, sometimes, `--ln-*` overrides on an
 * ancestor. The widgets read them through the fallback chain in
 * `packages/elements/src/shared/tokens.styles.ts`.
 */

export const THEMES = ['default', 'municipal'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface StoryTheme {
  readonly title: string;
  /** Custom properties set on the story root. */
  readonly tokens: Readonly<Record<`--${string}`, string>>;
  /**
   * `font-size` of `<html>` in the canvas. Many Dutch municipal sites use `62.5%` (1rem = 10px)
   * and size text in rem; the widgets must stay readable there.
   */
  readonly rootFontSize?: string;
}

export const themes: Readonly<Record<ThemeName, StoryTheme>> = {
  default: {
    title: 'Standaard (built-in fallbacks)',
    tokens: {},
  },
  municipal: {
    // A made-up municipality: the point is that every value comes from the host, not from us.
    title: 'Gemeente Voorbeeldstad (NL Design System tokens)',
    rootFontSize: '62.5%',
    tokens: {
      '--nl-document-font-family': "'Trebuchet MS', 'Segoe UI', system-ui, sans-serif",
      '--nl-document-font-size': '1.8rem',
      '--nl-document-line-height': '1.6',
      '--nl-document-color': '#1f1f1f',
      '--nl-document-background-color': '#ffffff',
      '--nl-paragraph-lead-color': '#4a4a4a',
      '--nl-border-color': '#6b5a65',
      '--nl-border-radius': '0',
      '--nl-surface-background-color': '#f6eef3',
      '--nl-link-color': '#7a1f5c',
      '--nl-link-hover-color': '#4f0f3a',
      '--nl-button-primary-background-color': '#7a1f5c',
      '--nl-button-primary-color': '#ffffff',
      '--nl-button-primary-hover-background-color': '#4f0f3a',
      '--nl-focus-outline-color': '#000000',
      '--nl-focus-background-color': '#ffdd00',
      '--nl-feedback-error-color': '#b3261e',
      '--nl-feedback-info-color': '#7a1f5c',
      '--nl-feedback-info-background-color': '#f6eef3',
      // One `--ln-*` override, to show it wins over the NL Design System token.
      '--ln-space': '1.25em',
    },
  },
};

export function toThemeName(value: unknown): ThemeName {
  return THEMES.includes(value as ThemeName) ? (value as ThemeName) : 'default';
}
