import { describe, expect, it } from 'vitest';
import {
  parseDocument,
  readCsv,
  readDocument,
  ReaderError,
  spreadsheetReaders,
} from '../../../../shared/import';
import { encodeCp949 } from '../../../support/cp949';
import { allRows } from '../../../support/sheet-rows';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

const PORTAL = [
  '2024년 세부사업별 세출 현황',
  '(단위: 천원)',
  '회계연도,자치단체명,부서명,세부사업명,예산현액,국비,시도비,시군구비,지출액',
  '2024,한빛시 가온구,복지정책과,경로당 운영 지원,"1,200",600,300,300,"1,000"',
  '2024,한빛시 가온구,복지정책과,어르신 일자리,"2,000","1,000",500,500,-',
  '2024,한빛시 나래구,문화관광과,거리 축제,"900",null,N/A,900,△10',
].join('\r\n');

describe('reading a CSV file', () => {
  it('detects CP949 (what Korean Excel saves) and reads the Korean text and the figures', async () => {
    const read = await readCsv(encodeCp949(PORTAL), { fileName: 'portal.csv' });
    expect(read.encoding).toBe('euc-kr');
    expect(read.format).toBe('csv');
    expect(read.sheets?.[0]?.rows.at(3)).toEqual([
      '2024',
      '한빛시 가온구',
      '복지정책과',
      '경로당 운영 지원',
      '1,200',
      '600',
      '300',
      '300',
      '1,000',
    ]);
    const { report } = await parseDocument(encodeCp949(PORTAL), { fileName: 'portal.csv' });
    expect(report.lines.map((line) => line.currentBudget)).toEqual([1_200_000, 2_000_000, 900_000]);
  });

  it('reads UTF-8 with a byte-order mark without the mark reaching the first header', async () => {
    const read = await readCsv(withBom(PORTAL));
    expect(read.encoding).toBe('utf-8');
    expect(read.text.startsWith('2024년')).toBe(true);
    expect(read.sheets?.[0]?.rows.at(2)?.[0]).toBe('회계연도');
  });

  it('honours an encoding the user chooses over detection', async () => {
    const read = await readCsv(encodeCp949(PORTAL), { spreadsheet: { encoding: 'utf-8' } });
    expect(read.text).toContain('\ufffd');
    const right = await readCsv(encodeCp949(PORTAL), { spreadsheet: { encoding: 'euc-kr' } });
    expect(right.text).toContain('한빛시 가온구');
  });

  it('tells a semicolon CSV whose amounts carry thousands separators', async () => {
    const text = [
      '부서;사업명;예산액',
      '복지정책과;경로당;1,234,000',
      '문화관광과;축제;"2,000"',
    ].join('\n');
    const read = await readCsv(utf8(text));
    expect(read.sheets?.[0]?.delimiter).toBe(';');
    const { report } = await parseDocument(utf8(text), {}, spreadsheetReaders);
    expect(report.lines.map((line) => line.budget)).toEqual([1_234_000, 2_000]);
  });

  it('reads tab-separated UTF-16 text as Excel saves "Unicode text"', async () => {
    const text = '부서\t사업명\t예산액\r\n복지정책과\t경로당\t1500\r\n문화관광과\t축제\t700\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const read = await readDocument(bytes, {});
    expect(read.format).toBe('csv');
    expect(read.sheets?.[0]?.rows.at(1)).toEqual(['복지정책과', '경로당', '1500']);
  });

  it('keeps quoted cells whole: commas, doubled quotes and line breaks inside them', async () => {
    const text =
      '사업명,비고,예산액\n"경로당, 복지관","말하기 ""쉬운"" 사업",100\n"두 줄\n이름",,200\n';
    const read = await readCsv(utf8(text));
    expect(allRows(read.sheets?.[0]?.rows)).toEqual([
      ['사업명', '비고', '예산액'],
      ['경로당, 복지관', '말하기 "쉬운" 사업', '100'],
      ['두 줄\n이름', '', '200'],
    ]);
    // one line of the text rendering per row: the line break inside the cell becomes a space
    expect(read.text.split('\n')).toEqual([
      '사업명\t비고\t예산액',
      '경로당, 복지관\t말하기 "쉬운" 사업\t100',
      '두 줄 이름\t\t200',
    ]);
  });

  it('reads a file larger than one parsing chunk the same as at once, reporting progress in rows', async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `부서${i % 7},"사업 ${i}, 가",${i * 1000}`,
    );
    const text = ['부서,사업명,예산액', ...rows].join('\n');
    const progress: [number, number][] = [];
    const read = await readCsv(utf8(text), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    const grid = read.sheets![0]!;
    expect(grid.rows).toHaveLength(40_001);
    expect(grid.rows.at(40_000)).toEqual(['부서1', '사업 39999, 가', '39999000']);
    // in rows, as the preview shows them: an estimate of the whole on the way, exact at the end
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[0]![0]).toBeGreaterThan(0);
    expect(progress[0]![0]).toBeLessThan(40_001);
    expect(Math.abs(progress[0]![1] - 40_001)).toBeLessThan(2_000);
    expect(progress.at(-1)).toEqual([40_001, 40_001]);
  });

  it('stops when the import is cancelled', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `복지정책과,사업${i},${i}`);
    const text = ['부서,사업명,예산액', ...rows].join('\n');
    const controller = new AbortController();
    const options = { signal: controller.signal, onProgress: () => controller.abort() };
    const error = await readCsv(utf8(text), options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as ReaderError).code).toBe('cancelled');
  });

  it('says an empty file is empty and bytes that are neither UTF-8 nor CP949 are undecodable', async () => {
    await expect(readCsv(utf8(' \n \n'))).rejects.toBeInstanceOf(ReaderError);
    await expect(readCsv(new Uint8Array([0x22, 0xff, 0xff, 0x2c, 0x0a]))).rejects.toMatchObject({
      code: 'undecodable',
    });
  });

  it('warns of an unclosed quote with the row where it starts', async () => {
    const read = await readCsv(utf8('사업명,예산액\n경로당,100\n"축제,200\n복지관,300\n'));
    expect(read.warnings[0]?.message.ko).toContain('3행');
  });
});

describe('what the CSV reader hands on besides the cells', () => {
  it('blocks: the title, the unit line and one table whose rows point at their sheet rows', async () => {
    const read = await readCsv(withBom(PORTAL));
    expect(read.blocks.map((block) => block.kind)).toEqual(['paragraph', 'unit', 'table']);
    const table = read.blocks[2]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.columnLabels.slice(0, 4)).toEqual([
      '회계연도',
      '자치단체명',
      '부서명',
      '세부사업명',
    ]);
    expect(table.unit?.text).toBe('(단위: 천원)');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]!.cells[3]!.text).toBe('경로당 운영 지원');
    expect(table.rows[0]!.source).toEqual({ row: 3 });
    expect(table.rows[0]!.line).toBe(4);
  });

  it('positions: every line of the text rendering maps to its row, computed on demand', async () => {
    const read = await readCsv(withBom(PORTAL));
    const positions = read.positions!;
    expect(positions.size).toBe(6);
    expect(positions.get(1)).toEqual({ row: 0 });
    expect(positions.get(6)).toEqual({ row: 5 });
    expect(positions.get(7)).toBeUndefined();
    expect([...positions.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
