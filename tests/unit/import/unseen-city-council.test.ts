import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { ParsedReport } from '../../../shared/model/report';
import { readFixture } from './fixtures';

const FIXTURE = 'unseen-city-council-report.txt';
const text = readFixture(FIXTURE);
const report = parseReport(text);

const line = (project: string, year?: number) =>
  report.lines.find((l) => l.project === project && (year === undefined || l.fiscalYear === year));
const errors = (parsed: ParsedReport) => parsed.findings.filter((f) => f.severity === 'error');

describe('a 시의회 results+plan report with a contents page and page furniture (unseen-city-council-report.txt)', () => {
  it('reads the 시의회 sitting, the dotted date, and the city apart from its department', () => {
    expect(report.document).toMatchObject({
      title: '2024년 주요업무 추진실적 및 2025년 주요업무 계획',
      council: '새솔시의회',
      session: '제312회 새솔시의회 임시회',
      date: '2024. 11. 5.',
      organization: '새솔시',
      department: '도시재생과',
      kind: 'report',
      fiscalYears: [2024, 2025],
    });
  });

  it('treats the dotted-leader contents, page footers and repeated page headers as noise', () => {
    expect(report.warnings).toEqual([]);
    expect(report.lines.every((l) => l.department === '도시재생과')).toBe(true);
  });

  it('reads the personnel table by 직렬 with its 계 row and the notes in 비고', () => {
    expect(report.personnel).toHaveLength(5);
    expect(report.personnel.find((p) => p.grade === '계')).toMatchObject({
      authorized: 18,
      current: 17,
      surplus: -1,
    });
    expect(report.personnel.find((p) => p.grade === '시설')).toMatchObject({
      authorized: 5,
      current: 4,
      notes: '육아휴직 1',
    });
    expect(report.personnel.find((p) => p.grade === '기타')?.notes).toBe('별정1');
  });

  it('reads a 백만원 budget summary with decimals, 증감률 as percent, and joins `기 금`', () => {
    expect(line('일반회계')).toMatchObject({
      fiscalYear: 2024,
      category: 'summary',
      budget: 10_230_500_000,
      previousBudget: 9_870_300_000,
      statedRates: { change: 3.6 },
    });
    expect(line('기금')).toMatchObject({ budget: 400_000_000, statedRates: { change: 0 } });
  });

  it('reads a two-line execution header: 집행액 at a date and 연말 예상 apart', () => {
    expect(line('빈집 정비')).toMatchObject({
      fiscalYear: 2024,
      budget: 1_420_000_000,
      spent: 901_500_000,
      projectedSpend: 1_380_000_000,
      statedRates: { execution: 63.5, projected: 97.2 },
    });
  });

  it('maps 국/도/시 in a city under a province as written: 도 to province, 시 to city', () => {
    expect(line('도시재생 뉴딜사업 추진')).toMatchObject({
      fiscalYear: 2024,
      totalCost: 1_250_000_000,
      funding: { national: 500_000_000, province: 250_000_000, city: 500_000_000 },
    });
    expect(line('빈집 정비 확대')).toMatchObject({
      fiscalYear: 2025,
      requiredBudget: 1_600_000_000,
      funding: { national: 400_000_000, province: 360_000_000, city: 840_000_000 },
    });
    expect(line('도시재생대학 운영', 2025)).toMatchObject({
      requiredBudget: 50_000_000,
      statedUnit: '억원',
      funding: { city: 50_000_000 },
    });
  });

  it('makes the 세부내용 amounts child lines of the 2025 project', () => {
    const parent = line('빈집 정비 확대')!;
    const children = report.lines.filter((l) => l.parentKey === parent.key);
    expect(children.map((c) => [c.project, c.requiredBudget, c.fiscalYear])).toEqual([
      ['빈집 철거', 1_100_000_000, 2025],
      ['주차장·쉼터 조성', 500_000_000, 2025],
    ]);
  });

  it('links a sub-project table without a 계 row to its project when the rows add up to it', () => {
    const parent = line('노후 주거지 집수리 지원')!;
    const children = report.lines.filter((l) => l.parentKey === parent.key);
    expect(children.map((c) => [c.project, c.budget, c.funding])).toEqual([
      [
        '집수리 보조',
        600_000_000,
        { national: 200_000_000, province: 120_000_000, city: 280_000_000 },
      ],
      [
        '골목길 정비',
        300_000_000,
        { national: 100_000_000, province: 60_000_000, city: 140_000_000 },
      ],
    ]);
  });

  it('marks `예산: 비예산` as no budget', () => {
    expect(line('도시재생 주민공모사업')).toMatchObject({ noBudget: true, fiscalYear: 2025 });
  });

  it('finds no errors in the consistent figures', () => {
    expect(report.findings).toEqual([]);
  });

  it('finds a planted error in the execution table’s 합계 row', () => {
    const planted = parseReport(text.replace('5,120.0\t3,388.3', '5,120.0\t3,398.3'));
    expect(errors(planted).map((f) => [f.code, f.source.line])).toContainEqual([
      'total-mismatch',
      53,
    ]);
  });

  it('finds a planted funding split that does not add up', () => {
    const planted = parseReport(
      text.replace('(국비 400, 도비 360, 시비 840)', '(국비 400, 도비 360, 시비 850)'),
    );
    expect(errors(planted).map((f) => [f.code, f.source.line])).toEqual([['funding-mismatch', 77]]);
  });
});
