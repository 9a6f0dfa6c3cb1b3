import type { FileFilter } from 'electron';

const EXTENSIONS_BY_MIME: Record<string, string[]> = {
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'application/json': ['json'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/x-hwp': ['hwp'],
  'application/hwp+zip': ['hwpx'],
};

/** Turns an <input accept> list ('.txt', 'text/csv') into the open dialog's filters. */
export function acceptToFilters(accept: readonly string[]): FileFilter[] {
  const extensions = new Set<string>();
  for (const entry of accept) {
    const value = entry.trim().toLowerCase();
    if (value.startsWith('.') && value.length > 1) extensions.add(value.slice(1));
    for (const extension of EXTENSIONS_BY_MIME[value] ?? []) extensions.add(extension);
  }
  if (extensions.size === 0) return [];
  return [
    { name: `지원 형식 (${[...extensions].join(', ')})`, extensions: [...extensions] },
    { name: '모든 파일', extensions: ['*'] },
  ];
}
