// Custom Elements Manifest (custom-elements.json) from the element classes' JSDoc:
// `cem analyze --litelement` (see package.json "build"). Tests and stories are not API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/testing/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
