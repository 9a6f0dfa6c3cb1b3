import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: a request for proposals whose outline names the contract in a field (`가. 과업명: …`)
// and states its cost in a sibling item, after other items and their sub-items.
const report = parseReport(
  [
    '한빛구 청년축제 행사대행 용역 제안요청서',
    '',
    '2023. 6. 1.',
    '',
    'Ⅰ. 과업안내',
    '',
    '1. 과업개요',
    '가. 과업명: 제3회 한빛 청년축제 행사대행 용역',
    '나. 과업기간: 계약체결일 ~ 2023. 10. 31.',
    '다. 과업범위',
    '1) 축제 총괄 기획·운영',
    '2) 많은 시민이 참여할 수 있는 홍보방안',
    '라. 소요예산: 150,000,000원(부가세 포함)',
    '',
    'Ⅲ. 입찰 및 계약',
    '',
    '1. 입찰개요',
    '가. 용 역 명: 제3회 한빛 청년축제',
    '나. 발 주 처: 한빛구청',
    '다. 소요예산: 금150,000,000원 / 부가세포함',
    '',
    '2. 입찰방법',
    '가. 제한경쟁입찰',
    '나. 계약금액: 50,000,000원',
    '',
  ].join('\n'),
);

describe('a project named by a field of an ordinal item (`가. 과업명: …`)', () => {
  it('names the cost stated in a sibling item, not the nearest heading or field above it', () => {
    expect(report.lines.slice(0, 2).map((line) => [line.project, line.requiredBudget])).toEqual([
      ['제3회 한빛 청년축제 행사대행 용역', 150_000_000],
      ['제3회 한빛 청년축제', 150_000_000],
    ]);
  });

  it('ends where a heading as shallow as the named section begins', () => {
    expect(report.lines[2]).toMatchObject({ project: '계약금액', budget: 50_000_000 });
  });
});
