/**
 * The import aliases (`@shared/…`, `@db/…`, …) are declared once, in tsconfig.json's `paths`, which
 * tsc, tsx and esbuild read; Vite and Vitest get the same list from here.
 */
import { fileURLToPath } from 'node:url';
import tsconfig from './tsconfig.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));

export interface Alias {
  find: RegExp;
  replacement: string;
}

/** `"@db/*": ["./renderer/src/db/*"]` → { find: /^@db\//, replacement: '<root>/renderer/src/db/' } */
export function pathAliases(): Alias[] {
  return Object.entries(tsconfig.compilerOptions.paths).map(([pattern, [target]]) => {
    const wildcard = pattern.endsWith('/*');
    const prefix = wildcard ? pattern.slice(0, -1) : pattern;
    const to = root + (target ?? '').replace(/^\.\//, '').replace(/\*$/, '');
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return { find: new RegExp(wildcard ? `^${escaped}` : `^${escaped}$`), replacement: to };
  });
}
