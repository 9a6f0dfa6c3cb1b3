import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const rows = (...lines: string[]) => lines.join('\n');

describe('a supplementary budget statement (당초 | 추경 | 증감액, invented)', () => {
  it('reads the 추경 column as the budget after the revision, since 증감 is 추경 − 당초', () => {
    const report = parseReport(
      rows(
        '2025년 꿈나무센터 제1회 추경 예산서',
        '',
        '(단위: 천원)',
        '과목\t당초\t추경\t증감액',
        '급여\t64,896\t65,136\t240',
        '공공요금\t3,000\t3,000\t0',
      ),
    );
    expect(
      report.lines.map((l) => [l.project, l.originalBudget, l.currentBudget, l.supplementary]),
    ).toEqual([
      ['급여', 64_896_000, 65_136_000, undefined],
      ['공공요금', 3_000_000, 3_000_000, undefined],
    ]);
  });

  it('keeps 추경 as the amount added when the table has no 증감 column (본예산 | 추경 | 예산현액)', () => {
    const report = parseReport(
      rows(
        '2025년 꿈나무센터 예산 집행현황',
        '',
        '(단위: 천원)',
        '과목\t본예산\t추경\t예산현액',
        '급여\t64,896\t240\t65,136',
      ),
    );
    expect(report.lines.map((l) => [l.originalBudget, l.supplementary, l.currentBudget])).toEqual([
      [64_896_000, 240_000, 65_136_000],
    ]);
  });
});
