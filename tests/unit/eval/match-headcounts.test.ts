import { describe, expect, it } from 'vitest';
import { matchHeadcounts } from '../../eval/match-headcounts';
import { headcount, row } from './invented';

describe('matching a key headcount to the importer’s personnel rows', () => {
  it('finds a row with the same department, 정원 and 현원 on the same page', () => {
    expect(matchHeadcounts([headcount()], [row()])[0]?.found).toBe(true);
  });

  it('does not count a row whose 현원 or 정원 differs', () => {
    expect(matchHeadcounts([headcount()], [row({ current: 30 })])[0]?.found).toBe(false);
    expect(matchHeadcounts([headcount()], [row({ authorized: 27 })])[0]?.found).toBe(false);
  });

  it('does not count another department’s row or a row on another page', () => {
    expect(matchHeadcounts([headcount()], [row({ department: '달빛관리과' })])[0]?.found).toBe(
      false,
    );
    expect(matchHeadcounts([headcount()], [row({ source: { line: 12, page: 2 } })])[0]?.found).toBe(
      false,
    );
  });

  it('matches grades written differently but not another grade', () => {
    const byGrade = headcount({ grade: '4급', authorized: 1, current: 1 });
    expect(
      matchHeadcounts([byGrade], [row({ grade: '4 급', authorized: 1, current: 1 })])[0]?.found,
    ).toBe(true);
    expect(
      matchHeadcounts([byGrade], [row({ grade: '5급', authorized: 1, current: 1 })])[0]?.found,
    ).toBe(false);
    const total = headcount({ grade: '계' });
    expect(matchHeadcounts([total], [row({ grade: '합계' })])[0]?.found).toBe(true);
    expect(matchHeadcounts([total], [row({ grade: '6급' })])[0]?.found).toBe(false);
  });

  it('checks only the figures the key gives (a 현원-only table)', () => {
    const currentOnly = headcount({ authorized: undefined, current: 29 });
    expect(matchHeadcounts([currentOnly], [row({ authorized: undefined })])[0]?.found).toBe(true);
  });

  it('shows, for a miss, the row read at the same place for the same department', () => {
    const [result] = matchHeadcounts(
      [headcount()],
      [row({ department: '달빛관리과' }), row({ current: 3 })],
    );
    expect(result?.found).toBe(false);
    expect(result?.row?.current).toBe(3);
  });
});

describe('a headcount table’s total row', () => {
  it('is one row whether labelled 총계, 합계 or 계, and never a department’s row', () => {
    const total = headcount({ department: '총계', authorized: 155, current: 139 });
    expect(
      matchHeadcounts([total], [row({ department: '합계', authorized: 155, current: 139 })])[0]
        ?.found,
    ).toBe(true);
    expect(matchHeadcounts([total], [row({ authorized: 155, current: 139 })])[0]?.found).toBe(
      false,
    );
  });
});
