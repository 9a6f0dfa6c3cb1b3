import { describe, expect, it } from 'vitest';
import type { StoredFinding, StoredLine } from '../../../renderer/src/db/api';
import { findingLineLookup } from '../../../renderer/src/features/review/findings/finding-line-lookup';

const line = (documentId: number, key: string, at: number): StoredLine => ({
  documentId,
  key,
  fiscalYear: 2025,
  project: key,
  source: { line: at },
});
const finding = (documentId: number, at: number, lineKey?: string): StoredFinding => ({
  documentId,
  severity: 'error',
  code: 'total-mismatch',
  message: { ko: '다름', en: 'differs' },
  source: { line: at },
  ...(lineKey ? { lineKey } : {}),
});

describe('finding the line a finding is about', () => {
  const lines = [line(1, 'a', 10), line(1, 'b', 20), line(2, 'a', 30), line(1, 'c', 20)];
  const lookup = findingLineLookup(lines);

  it('matches by line key within the same document', () => {
    expect(lookup(finding(2, 99, 'a'))).toBe(lines[2]);
    expect(lookup(finding(1, 99, 'a'))).toBe(lines[0]);
  });

  it('falls back to the first line printed at the same source line', () => {
    expect(lookup(finding(1, 20))).toBe(lines[1]);
    expect(lookup(finding(1, 20, 'missing'))).toBe(lines[1]);
  });

  it('finds nothing in another document or at a line without figures', () => {
    expect(lookup(finding(3, 10, 'a'))).toBeUndefined();
    expect(lookup(finding(1, 11))).toBeUndefined();
  });
});
