import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { installMockFetch } from './mock-fetch.js';
import { THEMES, themes, toThemeName } from './themes.js';
import './preview.css';

// The manifest comes from `cem analyze` in the elements build. A glob (not an import) so that
// Storybook also starts without it: the stories work, only the generated API tables are empty.
const manifests = import.meta.glob<object>('../packages/elements/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.info('leernetwerk storybook: no custom-elements.json yet; run `pnpm --filter @leernetwerk/elements build` for API tables.');

installMockFetch();

export const LANGS = ['nl', 'en'] as const;
export type StoryLang = (typeof LANGS)[number];
const toLang = (value: unknown): StoryLang => (value === 'en' ? 'en' : 'nl');

/**
 * Wraps every story in `<div class="ln-story-root" lang=… data-ln-theme=…>`: the elements take
 * their language from the nearest `lang` up the tree, and theme tokens inherit from here. Keyed on
 * both, so a change re-creates the story's elements instead of patching them.
 */
const withLangAndTheme: Decorator = (story, context) => {
  const lang = toLang(context.globals['lang']);
  const themeName = toThemeName(context.globals['theme']);
  const theme = themes[themeName];
  // The host page's root font size only in the canvas; in docs it would shrink the docs page itself.
  if (context.viewMode === 'story') document.documentElement.style.fontSize = theme.rootFontSize ?? '';
  return html`${keyed(
    `${lang}|${themeName}`,
    html`<div class="ln-story-root" lang=${lang} data-ln-theme=${themeName} style=${styleMap(theme.tokens)}>
      ${story()}
    </div>`,
  )}`;
};

const preview: Preview = {
  // Every story file gets a generated docs page from the Custom Elements Manifest and its JSDoc.
  tags: ['autodocs'],
  decorators: [withLangAndTheme],
  globalTypes: {
    lang: {
      description: 'Language of the widgets (the `lang` attribute on the story root)',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands', right: 'nl' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'What the host page sets: built-in fallbacks or a municipal NL Design System theme',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: THEMES.map((value) => ({ value, title: themes[value].title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'default' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Violations are shown in the Accessibility panel; `error` also fails the story in test runs.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    docs: { toc: true },
    options: {
      storySort: { order: ['Leernetwerk kit', ['Introductie', 'Forced colours', '*'], 'Elements', ['ln-provider', '*'], '*'] },
    },
  },
};

export default preview;
