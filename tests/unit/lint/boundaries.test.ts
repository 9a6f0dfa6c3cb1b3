/**
 * The import boundaries the README draws, checked with the project's own ESLint config: each
 * forbidden import is written into a scratch file of the layer (in memory, at a path inside it)
 * and must fail; an allowed one beside it must pass, so the rule is not simply failing everything.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** the boundary errors ESLint reports for `import … from specifier` in a file at `path` */
async function boundaryErrors(path: string, specifier: string): Promise<string[]> {
  const code = `import * as imported from '${specifier}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/allowed-imports')
    .map((message) => message.message);
}

const ARROWS: { layer: string; file: string; forbidden: string[]; allowed: string[] }[] = [
  {
    layer: 'shared/',
    file: 'shared/money/scratch.ts',
    forbidden: [
      'react',
      'dexie',
      'zustand',
      'node:fs',
      'fs',
      'electron',
      'pdfjs-dist',
      '../../renderer/src/db/api',
      '@db/api',
      '../../electron/main',
      '../../cli/main',
    ],
    allowed: ['zod', '../model/report', '@shared/hierarchy', '../import/readers'],
  },
  {
    layer: 'shared/import/readers/',
    file: 'shared/import/readers/pdf/scratch.ts',
    forbidden: ['react', 'node:fs', 'dexie', '@db/api', 'playwright-core', 'zustand'],
    allowed: [
      'pdfjs-dist',
      'pdfjs-dist/legacy/build/pdf.mjs',
      'jszip',
      '@rhwp/core',
      '../../blocks/types',
    ],
  },
  {
    layer: 'renderer/src/db/',
    file: 'renderer/src/db/repositories/scratch.ts',
    forbidden: [
      '@features/review/ReviewPage',
      '../../features/library/LibraryPage',
      '@components/EmptyState',
      '@state/documents',
      '../../state/review-data',
      '@i18n/language',
      '@services',
      'react',
      'zustand',
    ],
    allowed: ['dexie', '@shared/model/report', '@data/stored', '../errors'],
  },
  {
    layer: 'renderer/src/services/',
    file: 'renderer/src/services/commands/scratch.ts',
    forbidden: [
      '@features/library/LibraryPage',
      '@components/EmptyState',
      '@i18n/language',
      '@platform',
      'react',
    ],
    allowed: ['@db/api', '@state/documents', '@workers/parse-in-worker', '../store'],
  },
  {
    layer: 'renderer/src/state/',
    file: 'renderer/src/state/scratch.ts',
    forbidden: [
      '@services',
      '@db/connection',
      '@features/review/model/rows',
      'react',
      '@i18n/language',
    ],
    allowed: ['zustand', '@data/stored', '@shared/money'],
  },
  {
    layer: 'renderer/src/components/',
    file: 'renderer/src/components/scratch.tsx',
    forbidden: [
      '@features/review/model/rows',
      '@state/review',
      '@services',
      '@db/api',
      '../db/api',
    ],
    allowed: ['react', '@i18n/language', '@shared/money', './EmptyState'],
  },
  {
    layer: 'renderer/src/features/',
    file: 'renderer/src/features/library/scratch.tsx',
    forbidden: [
      '@db/api',
      '@db/connection',
      '../../db/store',
      '@workers/parse-in-worker',
      '@services/store',
      '../../services/commands/remove-document',
      'dexie',
      'node:fs',
      'electron',
      '../../../../electron/main',
    ],
    allowed: [
      '@services',
      '../../services',
      '../../services/index',
      '@state/documents',
      '@components/EmptyState',
      '@features/review/source/DocumentMetaList',
      'react',
    ],
  },
  {
    layer: 'cli/',
    file: 'cli/scratch.ts',
    forbidden: [
      '../renderer/src/db/api',
      '../renderer/src/features/print/load-spec',
      '../electron/main',
      '../scripts/start',
      'react',
      'dexie',
    ],
    allowed: [
      '../shared/import',
      'node:fs',
      'playwright-core',
      './pack/args',
      '../scripts/serve-static',
    ],
  },
  {
    layer: 'electron/',
    file: 'electron/ipc/scratch.ts',
    forbidden: [
      '../../shared/import',
      '../../shared/model/report',
      '../../renderer/src/App',
      'react',
      'react-dom',
    ],
    allowed: [
      '../../shared/ipc-contract',
      '../../shared/security/csp',
      'electron',
      'node:path',
      '../paths',
    ],
  },
];

describe('import boundaries (eslint/boundaries.js through eslint.config.js)', () => {
  for (const arrow of ARROWS) {
    it(`fails every import ${arrow.layer} may not make, and passes the ones it may`, async () => {
      for (const specifier of arrow.forbidden) {
        const errors = await boundaryErrors(arrow.file, specifier);
        expect(errors, `${arrow.file} importing ${specifier}`).toHaveLength(1);
        expect(errors[0]).toContain(specifier);
      }
      for (const specifier of arrow.allowed)
        expect(
          await boundaryErrors(arrow.file, specifier),
          `${arrow.file} importing ${specifier}`,
        ).toEqual([]);
    });
  }

  it('fails a file in a renderer folder that belongs to no layer', async () => {
    const errors = await boundaryErrors('renderer/src/misc/scratch.ts', '@shared/money');
    expect(errors.some((error) => error.includes('is in no layer'))).toBe(true);
  });

  it('sees through aliases and relative paths alike', async () => {
    const viaAlias = await boundaryErrors('renderer/src/features/packs/scratch.ts', '@db/api');
    const viaPath = await boundaryErrors('renderer/src/features/packs/scratch.ts', '../../db/api');
    expect(viaAlias[0]).toContain('renderer/src/db/api (layer db)');
    expect(viaPath[0]).toContain('renderer/src/db/api (layer db)');
  });
});
