/**
 * Rows of shares under a row of counts, the share columns without a rate header of their own
 * (`이용량 | 계 | 가 | 나 …` then `비율(%) 2024년 | 100.0 | 50.0 | …`): invented figures in the shape of
 * a real bureau plan's 수송분담률 table.
 */
import { describe, expect, it } from 'vitest';
import { auditShareRows } from '../../../shared/audit/rules/share-rows';
import type { ColumnRole } from '../../../shared/model/table';
import { table } from '../../fixtures/audit/build';

const COLUMNS: [ColumnRole, string][] = [
  ['label', '구분'],
  ['text', '연도'],
  ['total', '계'],
  ['other', '가'],
  ['other', '나'],
  ['other', '다'],
  ['other', '라'],
];

/** 150,000 + 110,300 + 20,000 + 19,700 = 300,000: 50.0 / 36.767 / 6.667 / 6.567 % */
const COUNTS = ['', '300,000', '150,000', '110,300', '20,000', '19,700'];
const RIGHT = ['50.0', '36.8', '6.7', '6.6'];

function build(shares2024: string[], options: { caption?: string; counts?: string[] } = {}) {
  const built = table({
    columns: COLUMNS,
    rows: [
      { label: '이용량(건)', cells: options.counts ?? COUNTS },
      { label: '비율(%)', cells: ['2024년', '100.0', ...shares2024] },
      // an older year's shares of counts the table does not give: never checked
      { label: '비율(%)', cells: ['2023년', '100.0', '47.1', '38.2', '7.4', '7.3'] },
    ],
  });
  const caption = options.caption ?? '(기준: ’24. 12.)';
  return caption ? { ...built, caption } : built;
}

const found = (shares: string[], options?: Parameters<typeof build>[1]) =>
  auditShareRows(build(shares, options)).map((f) => [f.severity, f.code, f.stated, f.computed]);

describe('shares of a count row, in rows of their own', () => {
  it('finds nothing when the year’s shares are the counts’ shares rounded', () => {
    expect(found(RIGHT)).toEqual([]);
  });

  it('reports a share that no rounding of the counts gives, against the row of the table’s year', () => {
    expect(found(['50.0', '38.8', '6.7', '6.6'])).toEqual([
      ['error', 'rate-mismatch', 38.8, 36.767],
    ]);
    const [finding] = auditShareRows(build(['50.0', '38.8', '6.7', '6.6']));
    expect(finding?.message.ko).toContain('나 110,300 ÷ 계 300,000');
    expect(finding?.cells?.map((cell) => cell.value)).toEqual([38.8, 110_300, 300_000]);
  });

  it('accepts a share the rounding of small counts can give (each count ±½)', () => {
    // 1,000 ÷ 3,000 = 33.33%, but 1,000.5 ÷ 3,000 = 33.35% rounds to 33.4
    const counts = ['', '3,000', '1,000', '1,000', '500', '500'];
    expect(found(['33.4', '33.3', '16.7', '16.7'], { counts })).toEqual([]);
    expect(found(['33.5', '33.3', '16.7', '16.7'], { counts })).toEqual([
      ['error', 'rate-mismatch', 33.5, 33.333],
    ]);
  });

  it('lets a truncated share pass unless another share of the row shows the row rounds', () => {
    // every share truncated: the row may truncate
    expect(found(['50.0', '36.7', '6.6', '6.5'])).toEqual([]);
    // 다 6.7 is 6.667 rounded (truncated it would be 6.6): 나 36.7 is then wrong
    expect(found(['50.0', '36.7', '6.7', '6.6'])).toEqual([
      ['error', 'rate-mismatch', 36.7, 36.767],
    ]);
  });

  it('checks nothing when the counts do not add up to their 계 (the parts are not the whole)', () => {
    const counts = ['', '300,000', '150,000', '110,300', '20,000', '9,700'];
    expect(found(['50.0', '38.8', '6.7', '6.6'], { counts })).toEqual([]);
  });

  it('checks nothing when no year ties the count row to one of several share rows', () => {
    expect(found(['50.0', '38.8', '6.7', '6.6'], { caption: '' })).toEqual([]);
  });

  it('checks the one share row against the one count row when neither names a year', () => {
    const single = table({
      columns: COLUMNS,
      rows: [
        { label: '이용량(건)', cells: COUNTS },
        { label: '구성비(%)', cells: ['', '100.0', '50.0', '38.8', '6.7', '6.6'] },
      ],
    });
    expect(auditShareRows(single).map((f) => [f.code, f.stated])).toEqual([
      ['rate-mismatch', 38.8],
    ]);
  });
});
