// Lint rules: typescript-eslint's recommended set, plus the layering rule of STYLE.md §1
// (the pure core never imports node:* and never reads the clock or Math.random).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const coreLayers = [
  'model',
  'text',
  'documents',
  'compare',
  'analysis',
  'solver',
  'robustness',
  'draft',
  'suggest',
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
  {
    files: coreLayers.map((layer) => `src/${layer}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'the core is pure: no Node APIs (DESIGN.md, Architecture)',
            },
          ],
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
);
