// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from './eslint/boundaries.js';

/**
 * One arrow per layer: what the files in `files` may import besides their own layer (see
 * eslint/boundaries.js, and the README's import boundaries). Anything not listed is an error.
 * @param {string[]} files
 * @param {import('./eslint/boundaries.js').Allow} allow
 * @param {string[]} [ignores]
 */
const boundary = (files, allow, ignores = []) => ({
  files,
  ignores,
  plugins: { boundaries },
  rules: { 'boundaries/allowed-imports': ['error', allow] },
});

/** the libraries the format readers (PDF, HWP/HWPX, CSV, XLSX) are built on */
const READER_LIBRARIES = [
  'pdfjs-dist',
  '@rhwp/core',
  'cfb',
  'fflate',
  'jszip',
  'fast-xml-parser',
  'papaparse',
  'exceljs',
];
const REACT = ['react', 'react-dom'];

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
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },

  {
    // the screens' text is looked up in the catalogue; the store and the domain carry their own
    // messages (errors, findings) as LocalizedText data
    files: ['renderer/src/**'],
    ignores: ['renderer/src/i18n/**', 'renderer/src/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "ObjectExpression > Property[key.name='ko'] ~ Property[key.name='en']",
          "ObjectExpression > Property[key.name='en'] ~ Property[key.name='ko']",
        ].map((selector) => ({
          selector,
          message:
            'UI text lives in the catalogue (renderer/src/i18n/messages): t(key), msg(key), or asIs(text) for text from the data.',
        })),
      ],
    },
  },

  // ---- import boundaries: one allow-list per layer ----
  boundary(
    ['shared/**'],
    {
      layers: ['shared/import/readers'],
      packages: ['zod'],
      because: 'shared/ is pure TypeScript (no DOM, Node, React or store): it imports only zod.',
    },
    ['shared/import/readers/**'],
  ),
  boundary(['shared/import/readers/**'], {
    layers: ['shared'],
    packages: ['zod', ...READER_LIBRARIES],
    because:
      'the format readers may use the file-format libraries, and nothing of UI, store or Node.',
  }),
  boundary(['renderer/src/db/**'], {
    layers: ['data', 'shared'],
    packages: ['dexie', 'zod'],
    because:
      'the store knows its data and the domain, never the screens (features, components, state, i18n) or the services.',
  }),
  boundary(['renderer/src/data/**'], {
    layers: ['shared'],
    because: 'data/ only names the shapes of stored data.',
  }),
  boundary(['renderer/src/services/**'], {
    layers: ['db', 'data', 'state', 'workers', 'pdf', 'shared'],
    because:
      'services write to the store and fill state; they know no screen (features, components, i18n) and get the platform from main.tsx.',
  }),
  boundary(['renderer/src/state/**'], {
    layers: ['data', 'shared'],
    packages: ['zustand'],
    because: 'state/ holds what the screens show; services fill it from the store.',
  }),
  boundary(['renderer/src/components/**'], {
    layers: ['i18n', 'shared'],
    packages: [...REACT, 'chart.js'],
    because:
      'components/ are widgets any feature can use: they know no feature, state, service or store.',
  }),
  boundary(['renderer/src/features/**'], {
    layers: ['components', 'state', 'data', 'i18n', 'platform', 'pdf', 'shared', 'assets'],
    files: ['renderer/src/services/index.ts'],
    packages: [...REACT, 'zustand', 'ag-grid-community', 'ag-grid-react', 'chart.js', 'exceljs'],
    because:
      'features call commands (@services) and read state: only services touch the store (db/) and the import worker.',
  }),
  boundary(['renderer/src/i18n/**'], {
    layers: ['shared'],
    packages: [...REACT, 'zustand'],
    because: 'the text catalogue and the language switch depend on nothing of the app.',
  }),
  boundary(['renderer/src/platform/**'], {
    files: ['shared/ipc-contract.ts', 'package.json'],
    because:
      'the platform is the one interface to Electron (through the IPC contract) or the browser.',
  }),
  boundary(['renderer/src/workers/**'], {
    layers: ['shared', 'shared/import/readers', 'pdf'],
    because: 'the import worker runs the domain code off the main thread.',
  }),
  boundary(['renderer/src/pdf/**'], {
    layers: ['shared', 'shared/import/readers'],
    packages: ['pdfjs-dist'],
    because:
      'pdf/ loads pdfjs-dist for the browser (import worker and main thread alike) and ships its cMaps and fonts; it knows nothing of the app.',
  }),
  boundary(['renderer/src/*.ts', 'renderer/src/*.tsx'], {
    layers: ['features', 'components', 'state', 'i18n', 'platform', 'shared'],
    files: ['renderer/src/services/index.ts'],
    packages: [...REACT, '@fontsource/noto-sans-kr'],
    because: 'the app shell composes the features and gives the services the platform.',
  }),
  boundary(
    ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    {
      because: 'every folder of renderer/src belongs to a layer.',
    },
    [
      'renderer/src/*.ts',
      'renderer/src/*.tsx',
      'renderer/src/{db,data,services,state,components,features,i18n,platform,workers,pdf}/**',
    ],
  ),
  boundary(['cli/**'], {
    layers: ['shared', 'shared/import/readers'],
    files: ['scripts/serve-static.ts'],
    node: true,
    packages: ['zod', 'playwright-core', ...READER_LIBRARIES],
    because:
      'the CLI runs the domain in Node (and serves the built print view with the static server npm start uses); it knows nothing of the renderer or Electron.',
  }),
  boundary(['electron/**'], {
    files: ['shared/ipc-contract.ts', 'shared/security/csp.ts'],
    node: true,
    packages: ['electron', 'zod'],
    because:
      'Electron main and preload share only the IPC contract and the CSP with the rest; never React or the renderer.',
  }),
);
