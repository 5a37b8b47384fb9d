import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['./*.mdx', './*.stories.ts', '../packages/elements/src/**/*.mdx', '../packages/elements/src/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX pages.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // Workspace packages export `source` -> src/*.ts, so stories run on the sources without a build.
        conditions: ['source', ...defaultClientConditions],
      },
      // Vite 8 transforms TypeScript with Oxc (its `esbuild` options no longer reach the TS transform).
      // Lit's decorators need TypeScript's legacy decorators and `useDefineForClassFields: false`, as in
      // tsconfig.base.json; Oxc reads that from the nearest tsconfig, and we pin it here too so a file
      // outside every tsconfig still gets reactive properties instead of shadowing class fields.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      build: {
        // One shared 2-core machine: skip the gzip size report and source maps in the static build.
        reportCompressedSize: false,
        sourcemap: false,
        chunkSizeWarningLimit: 2000,
      },
    });
  },
};

export default config;
