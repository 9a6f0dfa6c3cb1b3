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
