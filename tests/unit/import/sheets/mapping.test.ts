import { describe, expect, it } from 'vitest';
import {
  headerSignature,
  interpretSheet,
  proposeMapping,
  recogniseHeader,
  type SheetCell,
  type SheetGrid,
} from '../../../../shared/import';
import { lineKey } from '../../../../shared/model/line-key';
import { SheetKeys } from '../../../../shared/import/sheets/sheet-keys';

const grid = (rows: SheetCell[][], name = 'Sheet1'): SheetGrid => ({ name, rows, firstLine: 1 });

describe('recognising a column from its header', () => {
  it.each([
    ['부서', 'department'],
    ['부서명', 'department'],
    ['세부사업', 'project'],
    ['세부사업명', 'project'],
    ['사업명', 'project'],
    ['회계연도', 'fiscalYear'],
    ['예산액', 'budget'],
    ['예산현액', 'currentBudget'],
    ['최종예산', 'currentBudget'],
    ['당초예산', 'originalBudget'],
    ['원인행위', 'obligated'],
    ['지출', 'spent'],
    ['지출액', 'spent'],
    ['집행액', 'spent'],
    ['국비', 'funding:national'],
    ['시비', 'funding:city'],
    ['시도비', 'funding:city'],
    ['도비', 'funding:province'],
    ['구비', 'funding:district'],
    ['시군구비', 'funding:district'],
    ['기금', 'funding:fund'],
    ['자치단체명', 'government'],
    ['organization', 'government'],
    ['지역명', 'region'],
    ['단위', 'unit'],
    ['증감률', 'changeRate'],
    ['집행률(%)', 'executionRate'],
    ['비고', 'ignore'],
  ])('reads %s as %s', (header, role) => {
    expect(recogniseHeader(header).role).toBe(role);
  });

  it('ignores spacing, brackets and footnote marks, and takes the unit a header states', () => {
    expect(recogniseHeader(' 예 산 액 (천원) ')).toEqual({ role: 'budget', unit: '천원' });
    expect(recogniseHeader('[부서명]*')).toEqual({ role: 'department' });
    expect(recogniseHeader('2024년 예산액(단위: 백만원)')).toEqual({
      role: 'budget',
      year: 2024,
      unit: '백만원',
    });
  });
});

describe('proposing a mapping for a sheet', () => {
  const titled = grid([
    ['2025년 복지국 세출예산 현황'],
    [null, null, '(단위: 천원)'],
    [],
    ['부서', '세부사업명', '예산액', '국비', '시비', '비고'],
    ['복지정책과', '경로당', 1200, 600, 600, null],
  ]);

  it('finds the header below a title and a unit line, with the unit and year from above it', () => {
    const mapping = proposeMapping(titled);
    expect(mapping).toMatchObject({
      headerRow: 3,
      headerRows: 1,
      unit: '천원',
      unitFrom: 'above',
      fiscalYear: 2025,
      title: '2025년 복지국 세출예산 현황',
      recognised: true,
    });
    expect(mapping.columns.map((column) => column.role)).toEqual([
      'department',
      'project',
      'budget',
      'funding:national',
      'funding:city',
      'ignore',
    ]);
  });

  it('reads amounts as won when no unit is written anywhere, unless the user says otherwise', () => {
    const bare = grid([
      ['부서', '사업명', '예산액'],
      ['복지정책과', '경로당', 1200],
    ]);
    expect(proposeMapping(bare)).toMatchObject({ unit: '원', unitFrom: 'default' });
    expect(proposeMapping(bare, { unit: '천원' })).toMatchObject({
      unit: '천원',
      unitFrom: 'user',
    });
    const lines = interpretSheet(bare, proposeMapping(bare, { unit: '천원' })).lines;
    expect(lines[0]!.budget).toBe(1_200_000);
  });

  it('takes a unit every amount header states when no line above states one', () => {
    const headed = grid([
      ['사업명', '예산액(백만원)', '지출액(백만원)'],
      ['경로당', 12.5, 10],
    ]);
    const mapping = proposeMapping(headed);
    expect(mapping).toMatchObject({ unit: '백만원', unitFrom: 'header' });
    expect(interpretSheet(headed, mapping).lines[0]).toMatchObject({
      budget: 12_500_000,
      spent: 10_000_000,
    });
  });

  it('joins a two-row header: 재원 over 국비/시비, 사업명 merged down', () => {
    const twoRows = grid([
      ['사업명', '예산액', '재원', '재원', '재원'],
      ['사업명', '예산액', '국비', '시비', '구비'],
      ['경로당', 100, 50, 30, 20],
    ]);
    const mapping = proposeMapping(twoRows);
    expect(mapping.headerRows).toBe(2);
    expect(mapping.columns.map((column) => [column.header, column.role])).toEqual([
      ['사업명', 'project'],
      ['예산액', 'budget'],
      ['재원 / 국비', 'funding:national'],
      ['재원 / 시비', 'funding:city'],
      ['재원 / 구비', 'funding:district'],
    ]);
  });

  it('chooses the finer project column and keeps the broader one as the programme', () => {
    const both = grid([
      ['단위사업명', '세부사업명', '예산액'],
      ['노인복지', '경로당', 100],
    ]);
    expect(proposeMapping(both).columns.map((column) => column.role)).toEqual([
      'program',
      'project',
      'budget',
    ]);
  });

  it('makes this year’s dated budget the budget and last year’s the previous budget', () => {
    const dated = grid([
      ['사업명', '2024년 예산', '2025년 예산', '증감'],
      ['경로당', 100, 120, 20],
    ]);
    const mapping = proposeMapping(dated);
    expect(mapping.columns.map((column) => column.role)).toEqual([
      'project',
      'previousBudget',
      'budget',
      'change',
    ]);
    expect(mapping.fiscalYear).toBe(2025);
  });

  it('takes the year from the file name when nothing in the sheet gives it', () => {
    const bare = grid([
      ['사업명', '예산액'],
      ['경로당', 1],
    ]);
    expect(proposeMapping(bare, { fileName: '가온구_2023_예산.csv' }).fiscalYear).toBe(2023);
  });
});

describe('saving and reusing a mapping', () => {
  const first = grid([
    ['2024 예산'],
    ['부서', '사업', '금액', '메모'],
    ['복지정책과', '경로당', 100, '시비 사업'],
  ]);
  const second = grid([
    ['2025 예산'],
    ['작성: 기획예산과'],
    ['부서 ', '사업', '금액', '메모'],
    ['문화관광과', '축제', 300, '국비 사업'],
  ]);

  it('gives the same headers the same signature wherever the header row sits', () => {
    const a = proposeMapping(first);
    const b = proposeMapping(second);
    expect(a.signature).toBe(b.signature);
    expect(a.signature).toBe(headerSignature(['부서', '사업', '금액', '메모']));
    expect(a.signature).not.toBe(headerSignature(['부서', '사업', '예산', '메모']));
  });

  it('offers the user’s confirmed roles and unit again for a file with the same headers', () => {
    const confirmed = proposeMapping(first);
    confirmed.columns[3] = { ...confirmed.columns[3]!, role: 'funding:city' };
    confirmed.unit = '천원';
    confirmed.unitFrom = 'user';
    const reused = proposeMapping(second, { saved: [confirmed] });
    expect(reused.headerRow).toBe(2);
    expect(reused.unit).toBe('천원');
    expect(reused.unitFrom).toBe('saved');
    expect(reused.columns[3]!.role).toBe('funding:city');
    expect(proposeMapping(second, { saved: [confirmed], unit: '원' }).unit).toBe('원');
  });

  it('leaves a sheet without a recognisable header for the user to map', () => {
    const mapping = proposeMapping(
      grid([
        ['가', '나'],
        ['다', '라'],
      ]),
    );
    expect(mapping.recognised).toBe(false);
    expect(
      interpretSheet(
        grid([
          ['가', '나'],
          ['다', '라'],
        ]),
        mapping,
      ).warnings[0]!.message.ko,
    ).toContain('머리행');
  });
});

describe('line keys of sheet rows', () => {
  it('are exactly the keys a report’s lines get, repeats numbered alike', () => {
    const keys = new SheetKeys();
    const parts = { fiscalYear: 2025, department: ' 복지 정책과', project: '경로당 운영' };
    expect(keys.next(2025, parts.department, parts.project)).toBe(lineKey(parts));
    expect(keys.next(2025, parts.department, parts.project)).toBe(`${lineKey(parts)}#2`);
  });
});
