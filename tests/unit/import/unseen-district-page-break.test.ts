import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { textToBlocks } from '../../../shared/import/blocks/text-to-blocks';
import { readFixture } from './fixtures';

const text = readFixture('unseen-district-page-break.txt');
const report = parseReport(text);
const line = (project: string) => report.lines.find((l) => l.project === project);

describe('a 구 plan whose table runs over a page break (unseen-district-page-break.txt)', () => {
  it('reads a council-first sitting and a cover naming bureau and department', () => {
    expect(report.document).toMatchObject({
      council: '다온구의회',
      session: '다온구의회 제290회 제2차 정례회',
      date: '2024. 11.',
      organization: '다온구',
      bureau: '복지국',
      department: '복지정책과',
      kind: 'plan',
      fiscalYears: [2024, 2025],
    });
    expect(report.lines.every((l) => l.department === '복지정책과' && l.bureau === '복지국')).toBe(
      true,
    );
  });

  it('reads a personnel table with 정원/현원/과부족 as rows and 직렬 as columns', () => {
    expect(report.personnel.map((p) => [p.grade, p.authorized, p.current, p.surplus])).toEqual([
      ['계', 20, 19, -1],
      ['행정', 8, 8, 0],
      ['사회복지', 9, 8, -1],
      ['간호', 2, 2, 0],
      ['운전', 1, 1, 0],
    ]);
  });

  it('reads an 억원 summary with decimals', () => {
    expect(line('일반회계')).toMatchObject({
      fiscalYear: 2025,
      budget: 13_030_000_000,
      previousBudget: 12_010_000_000,
    });
  });

  it('joins the rows after the page number and repeated header to the table above', () => {
    const tables = textToBlocks(text).filter((block) => block.kind === 'table');
    expect(tables).toHaveLength(3);
    expect(tables[2]!.rows.map((row) => row.line)).toEqual([31, 32, 33, 40]);
    expect(line('장애인 활동 지원')).toMatchObject({
      budget: 400_000_000,
      spent: 200_000_000,
      statedRates: { execution: 50 },
    });
  });

  it('files the execution table under the year its caption names', () => {
    expect(
      report.lines.filter((l) => l.spent !== undefined).map((l) => [l.project, l.fiscalYear]),
    ).toEqual([
      ['계', 2024],
      ['경로당 운영 지원', 2024],
      ['노인 일자리', 2024],
      ['장애인 활동 지원', 2024],
    ]);
  });

  it('reads statements under (1) headings nested in 1) and 가.', () => {
    expect(line('경로당 냉난방비 지원')).toMatchObject({
      fiscalYear: 2025,
      requiredBudget: 180_000_000,
      funding: { city: 54_000_000, district: 126_000_000 },
    });
    expect(line('노인 일자리 확대')).toMatchObject({
      requiredBudget: 550_000_000,
      funding: { national: 275_000_000, city: 137_500_000, district: 137_500_000 },
    });
  });

  it('has no warnings and no findings: the split table adds up once joined', () => {
    // seven project and account lines, and the two tables' 계/합계 rows as summary lines
    expect(report.lines).toHaveLength(9);
    expect(report.lines.filter((l) => l.category === 'summary').map((l) => l.project)).toContain(
      '계',
    );
    expect(report.warnings).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('still finds a planted error in the joined table', () => {
    const planted = parseReport(text.replace('400,000\t200,000\t50.0', '400,000\t250,000\t62.5'));
    expect(
      planted.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.source.line]),
    ).toContainEqual(['total-mismatch', 31]);
  });

  it('keeps two tables apart when a real caption stands between them', () => {
    const separate = textToBlocks(
      text.replace(
        '2025년도 복지정책과 주요업무 계획\n\n사 업 명',
        '라. 2025년 신규사업\n\n사 업 명',
      ),
    ).filter((block) => block.kind === 'table');
    expect(separate).toHaveLength(4);
  });
});

describe('the same plan typed with full-width digits and commas (１２，３４５)', () => {
  const fullWidth = text
    .replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    .replace(/,/g, '，');
  const wide = parseReport(fullWidth);
  const figures = (r: typeof report) =>
    r.lines.map((l) => [l.project, l.budget, l.requiredBudget, l.spent, l.funding]);

  it('reads the same lines and headcounts as the ASCII text', () => {
    expect(figures(wide)).toEqual(figures(report));
    expect(wide.personnel.map((p) => [p.grade, p.authorized, p.current])).toEqual(
      report.personnel.map((p) => [p.grade, p.authorized, p.current]),
    );
  });

  it('finds no error the ASCII text does not have', () => {
    const errors = (r: typeof report) => r.findings.filter((f) => f.severity === 'error').length;
    expect(errors(wide)).toBe(errors(report));
  });
});
