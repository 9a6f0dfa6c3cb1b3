import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParsedReportSchema } from '../../../shared/model/report';
import { encodeCp949 } from '../../support/cp949';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'cbr-cli-sheets-'));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PORTAL = [
  '회계연도,자치단체명,부서명,세부사업명,예산현액,국비,시도비,시군구비,지출액',
  '2024,한빛시 가온구,복지정책과,경로당 운영,"1,200",600,300,300,"1,000"',
  '2024,한빛시 나래구,문화관광과,거리 축제,900,-,-,900,850',
].join('\r\n');

let csvPath: string;
let xlsxPath: string;

beforeAll(async () => {
  csvPath = join(scratch, 'portal.csv');
  writeFileSync(csvPath, encodeCp949(PORTAL));
  const book = new ExcelJS.Workbook();
  book.addWorksheet('안내').addRow(['이 파일은 예시입니다']);
  const sheet = book.addWorksheet('세출');
  sheet.addRow(['부서', '사업명', '예산액']);
  sheet.addRow(['복지정책과', '경로당', 1500]);
  const other = book.addWorksheet('세입');
  other.addRow(['과목', '금액']);
  other.addRow(['지방세', 9000]);
  xlsxPath = join(scratch, 'book.xlsx');
  writeFileSync(xlsxPath, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
});

describe('cli parse of spreadsheets', () => {
  it('reads a CP949 portal CSV with its headers recognised, the unit stated on the command line', () => {
    const { code, stdout, stderr } = cli(['parse', csvPath, '--json', '--unit', '천원']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = ParsedReportSchema.parse(JSON.parse(stdout));
    expect(report.document.format).toBe('csv');
    expect(report.lines.map((line) => [line.bureau, line.department, line.currentBudget])).toEqual([
      ['한빛시 가온구', '복지정책과', 1_200_000],
      ['한빛시 나래구', '문화관광과', 900_000],
    ]);
  });

  it('takes the encoding the clerk names: --encoding cp949', () => {
    const { code, stdout } = cli(['parse', csvPath, '--encoding=cp949']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).lines[0].project).toBe('경로당 운영');
  });

  it('takes the recognised sheet of a workbook by default, and the one named with --sheet', () => {
    const chosen = cli(['parse', xlsxPath, '--json']);
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).lines.map((l: { project: string }) => l.project)).toEqual([
      '경로당',
    ]);
    const named = cli(['parse', xlsxPath, '--sheet', '세입']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).lines[0]).toMatchObject({ project: '지방세', budget: 9000 });
  });

  it('names the sheets there are when --sheet names none of them, and refuses an unknown unit', () => {
    const missing = cli(['parse', xlsxPath, '--sheet', '없는 시트']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('있는 시트: 안내, 세출, 세입');
    const unit = cli(['parse', csvPath, '--unit', '만원']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('--unit');
  });

  it('prints the lines of a spreadsheet as CSV too', () => {
    const { code, stdout } = cli(['parse', csvPath, '--csv', '--unit', '천원']);
    expect(code).toBe(0);
    expect(stdout).toContain(',한빛시 가온구,복지정책과,경로당 운영,');
  });
});
