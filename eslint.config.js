// Lint rules: typescript-eslint's recommended set, plus the layering of DESIGN.md (Architecture) enforced:
// each layer imports only the layers below it; the pure core never imports node:*, never reads the clock,
// the process or Math.random; the web app reaches src/ only through the pure layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The layers of src/, lowest first: a layer may import the layers before it, never those after it. */
const layers = [
  'model',
  'text',
  'documents',
  'compare',
  'analysis',
  'solver',
  'robustness',
  'draft',
  'suggest',
  'io',
  'store',
  'jobs',
  'server',
  'cli',
];
/** The pure layers: no file system, network, clock, process or randomness (they also run in the browser). */
const coreLayers = layers.slice(0, layers.indexOf('suggest') + 1);

/** Import patterns that reach into any of these layers, from a file at any depth inside another layer. */
const reaching = (targets) =>
  targets.flatMap((target) => [
    `../${target}`,
    `../${target}/*`,
    `../../${target}/*`,
    `../../../${target}/*`,
  ]);

const nodeApis = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
  message: 'the core is pure: no Node APIs (DESIGN.md, Architecture)',
};

/**
 * Test support (fixtures, harnesses, generators) is named `*.test-support.ts` and sits next to what it
 * supports; only tests and other test support import it, and no layer's index exports it.
 */
const testSupport = {
  group: ['**/*.test-support', '**/*.test-support.js'],
  message: 'test support is for tests (*.test.ts) and other test support only',
};
const testFiles = ['**/*.test.ts', '**/*.test.tsx'];
const testSupportFiles = ['**/*.test-support.ts', '**/*.test-support.tsx'];

/**
 * Two blocks per layer: it may not import a higher layer (and, in the core, no Node API); outside test
 * support, it may not import test support either.
 */
const layerBlocks = layers.flatMap((layer, index) => {
  const higher = layers.slice(index + 1);
  const patterns = [
    ...(higher.length > 0
      ? [
          {
            group: reaching(higher),
            message: `${layer} is below ${higher.join(', ')} (DESIGN.md, Architecture): imports run one way, downwards`,
          },
        ]
      : []),
    ...(coreLayers.includes(layer) ? [nodeApis] : []),
  ];
  return [
    {
      files: [`src/${layer}/**/*.ts`],
      ignores: [...testFiles, ...testSupportFiles],
      rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, testSupport] }] },
    },
    {
      files: testSupportFiles.map((pattern) => `src/${layer}/${pattern}`),
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    },
  ];
});

const shells = layers.slice(layers.indexOf('io'));
const webPatterns = [
  {
    group: shells.flatMap((shell) => [`**/src/${shell}`, `**/src/${shell}/*`]),
    message: 'the web app uses src/ only through its pure layers; the rest it reaches over the API',
  },
  { group: ['node:*'], message: 'the web app runs in a browser: no Node APIs' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist.next-*/**',
      'web/dist/**',
      'coverage/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerBlocks,
  {
    files: coreLayers.map((layer) => `src/${layer}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'the core reads no process state: take what it needs as an argument' },
        { name: 'performance', message: 'the core reads no clock: take the time as an argument' },
        { name: 'setTimeout', message: 'the core schedules nothing: the shell owns time' },
        { name: 'setInterval', message: 'the core schedules nothing: the shell owns time' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'the core reads no clock: take the time as an argument',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'the core reads no clock: take the time as an argument',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'the core is deterministic: take a seeded generator as an argument',
        },
        { object: 'Date', property: 'now', message: 'the core reads no clock: take the time as an argument' },
      ],
    },
  },
  {
    // The browser app runs the pure layers itself and talks to everything else over HTTP.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...webPatterns, testSupport],
        },
      ],
    },
  },
  {
    files: testSupportFiles.map((pattern) => `web/src/${pattern}`),
    rules: { 'no-restricted-imports': ['error', { patterns: webPatterns }] },
  },
  {
    // The shipped entry points and build scripts take nothing from test support (benchmarks may, and so
    // does the screenshot script, which drives the demo through the e2e helpers).
    files: ['bin/**/*.js', 'scripts/**/*.{js,ts}'],
    ignores: ['scripts/screenshots.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testSupport] }] },
  },
);
