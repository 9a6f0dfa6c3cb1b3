import { describe, expect, it } from 'vitest';
import { readArrowTail } from '../../../shared/import/interpret/arrow-tail';
import { parseReport } from '../../../shared/import';

const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제201회 한빛시의회 정례회',
    '',
    '2024. 11.',
    '',
    '강변공원과',
    '',
    '1. 강변 생태 보전',
    'ㅇ (물새 서식지 보전) 하류 물새도래지 기능 보완',
    '- 물새 먹이터 조성(보리, 벼논 조성) ▹ 강변공원내 120,500㎡, 먹이공급 12톤, 3억원',
    '- 물새 쉼터 조성 ▹ 남단공원 A=12,000㎡, 사업비 0.8억원',
    '- 강변 꽃길 확대 및 정비 ▹ 계절별 꽃단지 조성(A=93,520㎡),',
    '신규 꽃단지 조성(화단 12개소), 사업비 4.2억원',
    '- 수변 산책로 정비 ▹ 북단공원, L=407m, B=3.9m, 사업비(추정) 15억원',
    '- 물길 정화 활동 ▹ 12~3월, 주1회, 1,200톤 수거',
    '- 쉼터 설치 ▹ 기본 및 실시설계 용역 발주(2억원), 주민 설명회',
    '- 규모 : 총 120억원 ▸ 시 1,925억원(개발 1,585억원, 진흥 340억원)',
    'ㅇ 강변 산학협력지구 운영 ▹’16.~, 총 318억원',
    '',
  ].join('\n'),
);
const found = report.lines.map((line) => [line.project, line.requiredBudget ?? null]);

describe('a figure that closes the particulars after an arrow', () => {
  it('is the named item’s budget when it is the last item after the arrow', () => {
    expect(found).toContainEqual(['물새 먹이터 조성(보리, 벼논 조성)', 300_000_000]);
  });

  it('may carry the cost keyword', () => {
    expect(found).toContainEqual(['물새 쉼터 조성', 80_000_000]);
  });

  it('is the whole cost when the keyword says it is an estimate (사업비(추정))', () => {
    const line = report.lines.find((each) => each.project === '수변 산책로 정비');
    expect(line?.totalCost).toBe(1_500_000_000);
    expect(line?.requiredBudget).toBeUndefined();
  });

  it('is read from the wrapped line when the arrow’s line ends with a comma', () => {
    expect(found).toContainEqual(['강변 꽃길 확대 및 정비', 420_000_000]);
  });

  it('is a whole cost when the particulars open with a span of years still running', () => {
    const line = report.lines.find((each) => each.project === '강변 산학협력지구 운영');
    expect(line?.totalCost).toBe(31_800_000_000);
  });

  it('is nothing when the last item is a count or the amount sits inside a note', () => {
    const names = report.lines.map((line) => line.project);
    expect(names).not.toContain('물길 정화 활동');
    expect(names).not.toContain('쉼터 설치');
  });
});

describe('readArrowTail', () => {
  it('never splits an amount at its thousands comma', () => {
    expect(readArrowTail('시 1,925억원(개발 1,585억원, 진흥 340억원)')).toBeNull();
  });

  it('reads a total cost when the last item is keyed 총사업비', () => {
    const statement = readArrowTail('A=170,000㎡, 설계 용역 발주(18억원) ※ 총사업비 118억원');
    expect(statement?.field).toBe('totalCost');
    expect(statement?.main).toMatchObject({ kind: 'money', won: 11_800_000_000 });
  });
});
