import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { BudgetLine } from '../../../shared/model/report';

const COVER = ['2025년 주요업무 계획', '', '제301회 한빛시의회 정례회', '', '2024. 11.', ''];

function linesOf(body: readonly string[]): BudgetLine[] {
  return parseReport([...COVER, ...body, ''].join('\n')).lines;
}

const withAmount = (lines: readonly BudgetLine[], won: number) =>
  lines.filter((line) =>
    [line.budget, line.totalCost, line.requiredBudget, line.spent].includes(won),
  );

describe('a figure is named by the heading a reader sees above it', () => {
  it('a heading that only starts like an outline label (비전, 인력, 예산) still names its project', () => {
    const lines = linesOf([
      '도시기획과',
      '',
      '1. 도시 비전 확산',
      '□ 해누리 정책 확산',
      '- 총사업비 : 300억원(시비)',
      '□ 비전캠프시즌3 정책과제 발굴',
      '- 총사업비 : 120억원(시비)',
    ]);
    const [line] = withAmount(lines, 12_000_000_000);
    expect(line?.project).toBe('비전캠프시즌3 정책과제 발굴');
  });

  it('a heading that names the work and then its aim after a comma is named by the work', () => {
    const lines = linesOf([
      '도시기획과',
      '',
      '□ 온누리챌린지 추진, 생활권 대표 모델 조기 완성 및 확산',
      '- 총사업비 : 500억원(시비)',
    ]);
    const [line] = withAmount(lines, 50_000_000_000);
    expect(line?.project).toBe('온누리챌린지 추진');
  });

  it('a long boxed title is still the heading a statement below it belongs to', () => {
    const lines = linesOf([
      '교통정책과',
      '',
      '1. 대중교통 혁신',
      '□ 심야버스 노선 확대',
      'ㅇ (일정) 노선 조정 후 시범운행',
      '□ 한 번의 예약으로 여러 교통수단을 이어 타고 결제까지 가능한「한빛형 통합이동」구축',
      'ㅇ (사업비) 300억원 (국비 100, 민자 200)',
    ]);
    const [line] = withAmount(lines, 30_000_000_000);
    expect(line?.project).toContain('한빛형 통합이동');
    expect(line?.funding).toEqual({ national: 10_000_000_000, other: 20_000_000_000 });
  });

  it('a heading of two things joined by a comma keeps both', () => {
    const lines = linesOf([
      '공원정책과',
      '',
      '□ 사계절 꽃길, 바람숲 정원 조성',
      '- 총사업비 : 80억원(시비)',
    ]);
    const [line] = withAmount(lines, 8_000_000_000);
    expect(line?.project).toBe('사계절 꽃길, 바람숲 정원 조성');
  });
});

describe('a table row labelled only by a stage or a total is named by the table’s project', () => {
  it('gives 1차, 2차 and 계 the name of the project heading above the table', () => {
    const lines = linesOf([
      '생활권기획과',
      '',
      '1. 생활권 조성 확산',
      '□ 온누리챌린지 추진, 생활권 대표 모델 조기 완성 및 확산',
      '- 총사업비 : 500억원(시비)',
      '(단위: 백만원)',
      '구분\t총투자(안)\t기투자\t2025년\t2026년 이후',
      '1차\t20,000\t12,000\t3,000\t5,000',
      '2차\t30,000\t1,000\t9,000\t20,000',
      '계\t50,000\t13,000\t12,000\t25,000',
    ]);
    const names = (won: number) => withAmount(lines, won).map((line) => line.project);
    expect(names(20_000_000_000)).toEqual(['온누리챌린지 추진 1차']);
    expect(names(30_000_000_000)).toEqual(['온누리챌린지 추진 2차']);
    expect(names(12_000_000_000)).toEqual(['온누리챌린지 추진 계']);
    expect(withAmount(lines, 3_000_000_000)[0]?.totalCost).toBe(20_000_000_000);
  });

  it('names a 소계 beside a group cell spanning the name column by the project and the group', () => {
    const lines = linesOf([
      '관광개발과',
      '',
      '□ 서해권 광역관광개발',
      '(단위: 억원)',
      '사업단계\t내역사업\t세부사업내용\t사업비\t사업구간',
      '관광개발사업(3개 사업)\t\t소계\t450\t',
      '1단계 (’24.~’27.)\t노을 전망대 조성\t전망대, 광장 설치\t120\t가온구',
      '\t갯벌 체험관 조성\t체험관 및 주차장\t180\t나래구',
      '2단계 (’28.~’30.)\t해안 산책로 조성\t데크 및 쉼터\t150\t다솜구',
    ]);
    const [subtotal] = withAmount(lines, 45_000_000_000);
    expect(subtotal?.project).toBe('서해권 광역관광개발 관광개발사업(3개 사업) 소계');
    expect(withAmount(lines, 12_000_000_000)[0]?.project).toBe('노을 전망대 조성');
  });

  it('leaves a department’s budget table alone: its 계 is the department’s, not a project’s', () => {
    const report = parseReport(
      [
        ...COVER,
        '예산총괄과',
        '',
        '□ 세출 예산 총괄',
        '(단위: 백만원)',
        '구분\t2025년\t2024년\t증감',
        '계\t9,000\t8,000\t1,000',
        '일반회계\t6,000\t5,500\t500',
        '특별회계\t3,000\t2,500\t500',
        '',
      ].join('\n'),
    );
    const total = report.lines.find((line) => line.budget === 9_000_000_000);
    expect(total?.project).toBe('계');
  });
});

describe('a statement names the part of the project its figure is for', () => {
  it('a word before 사업비 names the part: the project’s line for it, a whole cost over the outline’s years', () => {
    const lines = linesOf([
      '산단재생과',
      '',
      '1. 노후 산단 재생',
      '❶ 새벽일반산업단지 재생사업 추진',
      '○ 사업개요(2012~2031)',
      '- 위치 : 가온구 일원',
      '- 기반시설 사업비 : 1,250억원 (국·시비 700, 기타 550)',
    ]);
    const [line] = withAmount(lines, 125_000_000_000);
    expect(line?.project).toBe('새벽일반산업단지 재생사업 추진 기반시설');
    expect(line?.totalCost).toBe(125_000_000_000);
    expect(line?.period).toEqual({ from: 2012, to: 2031 });
  });

  it('figures given apart after slashes are lines of their own, and no total is made up', () => {
    const lines = linesOf([
      '토지보상과',
      '',
      '1. 공정한 보상 추진',
      '□ 확정판결 하천용지(미지급용지) 보상',
      '○ 보상개요',
      '- 목적 : 소송 대응으로 미지급용지 발생 최소화',
      "- 사업비('25년) : 매입비 420백만원 / 사용료 80백만원",
    ]);
    expect(withAmount(lines, 420_000_000).map((line) => line.project)).toEqual([
      '확정판결 하천용지(미지급용지) 보상 매입비',
    ]);
    expect(withAmount(lines, 80_000_000).map((line) => line.project)).toEqual([
      '확정판결 하천용지(미지급용지) 보상 사용료',
    ]);
    expect(withAmount(lines, 500_000_000)).toEqual([]);
  });
});
