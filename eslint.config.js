// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noImports = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map(([group, message]) => ({ group, message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'release',
      'test-results',
      'coverage',
      'assets/samples',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: noImports(
      [
        ['**/renderer/**', '**/electron/**', 'electron'],
        'shared/ is pure: it imports neither renderer nor electron.',
      ],
      [
        ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'react', 'react-dom', 'dexie'],
        'shared/ has no Node, DOM or React dependencies.',
      ],
    ),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noImports(
        [
          ['electron', '**/electron/**'],
          'The renderer never imports electron: go through renderer/src/platform.',
        ],
        [['node:*', 'fs', 'path', 'os', 'child_process'], 'No Node APIs in the renderer.'],
      ),
    },
  },
  {
    files: ['electron/**'],
    rules: noImports([
      ['react', 'react-dom', '**/renderer/**'],
      'electron/ never imports React or the renderer.',
    ]),
  },
);
