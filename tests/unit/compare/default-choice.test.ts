import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../renderer/src/db/api';
import { defaultChoice } from '../../../renderer/src/features/compare/default-choice';

const doc = (id: number, fiscalYears: number[]): StoredDocument =>
  ({
    id,
    meta: { title: `문서 ${id}`, kind: 'report', fiscalYears },
    fileName: `${id}.txt`,
  }) as StoredDocument;

describe('the first year-over-year comparison offered', () => {
  it('compares the budgeted first years of two results-and-plan reports, not all their years', () => {
    const choice = defaultChoice('year-over-year', [doc(1, [2025, 2026]), doc(2, [2024, 2025])]);
    expect(choice).toEqual({
      kind: 'year-over-year',
      beforeId: 2,
      afterId: 1,
      beforeYear: 2024,
      afterYear: 2025,
    });
  });

  it('leaves the years open for two single-year reports', () => {
    const choice = defaultChoice('year-over-year', [doc(1, [2023]), doc(2, [2024])]);
    expect(choice).toEqual({ kind: 'year-over-year', beforeId: 1, afterId: 2 });
  });

  it('compares one document’s last two years when it is the only one', () => {
    const choice = defaultChoice('year-over-year', [doc(1, [2025, 2026])]);
    expect(choice).toMatchObject({ beforeId: 1, afterId: 1, beforeYear: 2025, afterYear: 2026 });
  });
});
