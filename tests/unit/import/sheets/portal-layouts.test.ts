import { describe, expect, it } from 'vitest';
import { parseDocument, type DocumentParse } from '../../../../shared/import';
import { ParsedReportSchema } from '../../../../shared/model/report';

const csv = (...rows: string[]) => new TextEncoder().encode(rows.join('\r\n'));

async function parse(bytes: Uint8Array, fileName = 'data.csv', unit?: '천원' | '백만원') {
  const parsed = await parseDocument(bytes, { fileName, spreadsheet: unit ? { unit } : {} });
  ParsedReportSchema.parse(parsed.report);
  return parsed as DocumentParse & { spreadsheet: NonNullable<DocumentParse['spreadsheet']> };
}

describe('a finance-portal download: one row per sub-project with its funding shares', () => {
  const file = csv(
    '회계연도,자치단체명,부서명,세부사업명,예산현액,국비,시도비,시군구비,기타,지출액',
    '2024,한빛시 가온구,복지정책과,경로당 운영 지원,1200000,600000,300000,300000,0,1000000',
    '2024,한빛시 가온구,복지정책과,어르신 일자리,2000000,1000000,500000,500000,0,-',
    '2024,한빛시 가온구,문화관광과,거리 축제,900000,0,0,900000,0,850000',
    '2024,한빛시 나래구,복지정책과,경로당 운영 지원,700000,350000,175000,175000,0,690000',
    '2024,한빛시 나래구,복지정책과,무료 급식,500000,250000,125000,125001,0,500000',
  );

  it('reads every row as a line with its budget in force, shares and spending, in won', async () => {
    const { report } = await parse(file);
    expect(report.lines).toHaveLength(5);
    expect(report.lines[0]).toMatchObject({
      fiscalYear: 2024,
      project: '경로당 운영 지원',
      currentBudget: 1_200_000,
      spent: 1_000_000,
      funding: { national: 600_000, city: 300_000, district: 300_000, other: 0 },
    });
    expect(report.lines[1]!.spent).toBeUndefined();
  });

  it('puts several governments side by side: government › department › project', async () => {
    const { report } = await parse(file);
    expect(report.lines.map((line) => [line.bureau, line.department])).toEqual([
      ['한빛시 가온구', '복지정책과'],
      ['한빛시 가온구', '복지정책과'],
      ['한빛시 가온구', '문화관광과'],
      ['한빛시 나래구', '복지정책과'],
      ['한빛시 나래구', '복지정책과'],
    ]);
    // the same project of two governments stays two lines with two keys
    expect(new Set(report.lines.map((line) => line.key)).size).toBe(5);
    expect(report.document.organization).toBeUndefined();
  });

  it('finds the one share that does not add up and nothing else', async () => {
    const { report } = await parse(file);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'funding-mismatch',
      stated: 500_000,
      computed: 500_001,
    });
    expect(errors[0]!.source).toMatchObject({ line: 6, row: 5 });
  });

  it('names a government every row shares as the document’s organization, not a level', async () => {
    const one = csv(
      '자치단체명,부서명,세부사업명,예산액',
      '한빛시 가온구,복지정책과,경로당,100',
      '한빛시 가온구,문화관광과,축제,200',
    );
    const { report } = await parse(one);
    expect(report.document.organization).toBe('한빛시 가온구');
    expect(report.lines.map((line) => [line.bureau, line.department])).toEqual([
      [undefined, '복지정책과'],
      [undefined, '문화관광과'],
    ]);
    expect(report.lines[0]!.key).toBe(`${new Date().getFullYear()}|한빛시가온구›복지정책과|경로당`);
  });
});

describe('a portal table of one row per government: 당초 / 최종 / 증감 / 증감률', () => {
  const file = csv(
    '회계연도,지역명,자치단체명,본청여부,당초예산,최종예산,증감액,증감률',
    '2024,한빛,한빛시,본청,"1,000,000","1,100,000","100,000",10.0',
    '2024,한빛,한빛시 가온구,본청,"500,000","550,000","60,000",10.0',
    '2024,두리,두리시,본청,"400,000","380,000","△20,000",△5.0',
  );

  it('makes each government a line of its own, compared side by side like departments', async () => {
    const { report } = await parse(file, 'gov.csv', '백만원');
    expect(report.lines.map((line) => [line.department, line.project])).toEqual([
      ['한빛시', '한빛시 (본청)'],
      ['한빛시 가온구', '한빛시 가온구 (본청)'],
      ['두리시', '두리시 (본청)'],
    ]);
    expect(report.lines[2]).toMatchObject({
      originalBudget: 400_000_000_000,
      currentBudget: 380_000_000_000,
      statedRates: { change: -5 },
      statedUnit: '백만원',
    });
  });

  it('checks 증감 against 최종 − 당초 and flags only the row where it is off', async () => {
    const { report } = await parse(file, 'gov.csv', '백만원');
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.code, finding.source.row])).toEqual([
      ['change-mismatch', 2],
    ]);
    expect(errors[0]!.message.ko).toContain('당초예산');
  });
});

describe('a civic group’s table: English headers, quoted amounts, null where unknown', () => {
  const file = csv(
    'region,organization,level,project,amount,department,category',
    'Hanbit,한빛시,광역,"청년 주거 지원","1,250,000,000",주택과,복지',
    'Hanbit,한빛시,광역,"공공 와이파이",null,정보통신과,행정',
    'Duri,두리군,기초,"농촌 체험, 마을 축제","300,000,000",농업정책과,산업',
    'Duri,두리군,기초,"작은 도서관",N/A,문화과,문화',
  );

  it('recognises the columns and reads the amounts in won, quoted commas and all', async () => {
    const { report, spreadsheet } = await parse(file, 'civic.csv');
    expect(spreadsheet.mapping.columns.map((column) => column.role)).toEqual([
      'region',
      'government',
      'level',
      'project',
      'budget',
      'department',
      'ignore',
    ]);
    expect(report.lines.map((line) => line.budget)).toEqual([
      1_250_000_000,
      undefined,
      300_000_000,
      undefined,
    ]);
    expect(report.lines[2]!.project).toBe('농촌 체험, 마을 축제 (기초)');
  });

  it('leaves null and N/A amounts as no figure, never 0, and counts them for the preview', async () => {
    const { report, spreadsheet } = await parse(file, 'civic.csv');
    expect(report.lines.filter((line) => line.budget === 0)).toHaveLength(0);
    expect(spreadsheet.stats).toMatchObject({
      lines: 4,
      noFigureCells: 2,
      noFigureLines: 2,
      governments: 2,
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toHaveLength(0);
  });

  it('says the amounts were read as won when the sheet names no unit', async () => {
    const { report, spreadsheet } = await parse(file, 'civic.csv');
    expect(spreadsheet.mapping).toMatchObject({ unit: '원', unitFrom: 'default' });
    expect(
      report.warnings.some((warning) => warning.message.ko.includes('원으로 읽었습니다')),
    ).toBe(true);
  });
});

describe('rows that cannot be read as they stand', () => {
  const file = csv(
    '부서,사업명,예산액,지출액',
    '복지정책과,경로당,100,90',
    '복지정책과,복지관,백만원,50',
    '복지정책과,무료 급식',
    '문화관광과,축제,1,000,900',
    ',,,',
    '※ 자료: 예산서',
    '문화관광과,도서관,300,',
  );

  it('lists each with its row number, keeps what can be read and never invents a figure', async () => {
    const { report, spreadsheet } = await parse(file, 'bad.csv', '천원');
    expect(spreadsheet.stats.badRows.map((bad) => [bad.row + 1, bad.skipped])).toEqual([
      [3, false],
      [4, true],
      [5, true],
    ]);
    const rowWarnings = report.warnings.filter((warning) => /^\d+행: /.test(warning.message.ko));
    expect(rowWarnings.map((warning) => [warning.line, warning.message.ko])).toEqual([
      [3, '3행: \'예산액\' 칸이 숫자가 아닙니다: "백만원" (금액 없음으로 둠)'],
      [4, '4행: 칸이 머리행보다 적습니다 (2/4칸)'],
      [5, '5행: 칸이 머리행보다 많습니다 (5/4칸): 따옴표 없이 쉼표가 든 금액일 수 있습니다'],
    ]);
    expect(report.lines.map((line) => [line.project, line.budget, line.spent])).toEqual([
      ['경로당', 100_000, 90_000],
      ['복지관', undefined, 50_000],
      ['도서관', 300_000, undefined],
    ]);
    expect(spreadsheet.stats).toMatchObject({ emptyRows: 1, noteRows: 1 });
  });
});

describe('totals in a sheet', () => {
  it('checks each 소계 against its department’s rows and the 합계 against the 소계s, storing neither', async () => {
    const file = csv(
      '(단위: 천원)',
      '부서,사업명,예산액',
      '복지정책과,경로당,100',
      ',복지관,200',
      ',소계,300',
      '문화관광과,축제,50',
      ',도서관,70',
      ',소계,125',
      '합계,,425',
    );
    const { report, spreadsheet } = await parse(file);
    expect(report.lines.map((line) => [line.department, line.project])).toEqual([
      ['복지정책과', '경로당'],
      ['복지정책과', '복지관'],
      ['문화관광과', '축제'],
      ['문화관광과', '도서관'],
    ]);
    expect(spreadsheet.stats.totals).toBe(3);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    // the 합계 (425) equals the 소계s as stated; the 소계 that is off is the one error
    expect(errors.map((finding) => [finding.code, finding.stated, finding.computed])).toEqual([
      ['total-mismatch', 125_000, 120_000],
    ]);
  });

  it('does not check funding columns that are evidently only part of the split', async () => {
    const file = csv(
      '사업명,예산액,국비,시비',
      '경로당,100,40,20',
      '복지관,200,80,40',
      '급식,300,100,50',
      '축제,90,30,30',
    );
    const { report, spreadsheet } = await parse(file);
    expect(spreadsheet.partialFunding).toBe(true);
    expect(report.findings.filter((finding) => finding.code.startsWith('funding'))).toHaveLength(0);
    expect(report.lines[0]!.funding).toEqual({ national: 40, city: 20 });
  });
});
