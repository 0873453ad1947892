// Import rules: each layer imports only itself and the layers before it, and nothing imports
// in a circle (type imports included). The order is the README's.
const LAYERS = [
  ['pack'],
  ['detect'],
  ['messaging', 'settings'],
  ['page'],
  ['highlight'],
  ['ui'],
  ['content', 'features'],
  ['background'],
];

const folder = (names) => `^src/(${names.join('|')})/`;
// Tests may put pieces of several layers together; the product's own files may not.
const TEST_CODE = '(\\.test\\.tsx?$|/__fixtures__/|/test-[^/]*\\.ts$)';

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer.join('-')}-imports-downward`,
  comment: `src/${layer.join(', src/')} may import only the layers before it`,
  severity: 'error',
  from: { path: folder(layer), pathNot: TEST_CODE },
  to: { path: folder(LAYERS.slice(index + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle of imports makes the order of the layers meaningless',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-from-scripts',
      comment: "Neither the product nor its tests depend on the project's scripts (demo, eval, bench)",
      severity: 'error',
      from: { path: '^(src|tests/fixtures)/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'product-not-from-tests',
      comment: 'Only tests read the fixtures',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: '^tests/' },
    },
    {
      name: 'detect-stays-pure',
      comment: 'detect runs in Node: no browser, DOM or UI imports',
      severity: 'error',
      from: { path: '^src/(pack|detect)/' },
      to: { path: '(^|/)node_modules/(wxt|@wxt-dev|preact|webextension-polyfill)/' },
    },
    {
      name: 'entrypoints-are-leaves',
      comment: 'Nothing imports an entrypoint',
      severity: 'error',
      from: {},
      to: { path: '^entrypoints/' },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.output|\\.wxt|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
