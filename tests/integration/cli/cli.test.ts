import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedReportSchema } from '../../../shared/model/report';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/reports');
const scratch = mkdtempSync(join(tmpdir(), 'cbr-cli-'));

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const BAD_SPLIT = [
  '2025년도 주요업무 계획',
  '',
  '제1회 한빛구의회 임시회',
  '',
  '1. 도서관 운영',
  '',
  '- 사업비: 100,000천원(국비 50,000천원, 구비 40,000천원)',
].join('\n');

const UNREAD_FUNDING = BAD_SPLIT.replace('구비 40,000천원', '후원 10,000천원, 구비 40,000천원');

describe('cli parse', () => {
  it('prints the ParsedReport as JSON that validates', () => {
    const { code, stdout } = cli(['parse', join(FIXTURES, 'heading-styles.txt'), '--json']);
    expect(code).toBe(0);
    const report = ParsedReportSchema.parse(JSON.parse(stdout));
    expect(report.document.title).toBe('2025년도 주요업무 계획');
  });

  it('prints the lines as CSV with a BOM, Korean headers and won', () => {
    const { code, stdout } = cli(['parse', join(FIXTURES, 'heading-styles.txt'), '--csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeff키,회계연도,국,부서,사업')).toBe(true);
    expect(stdout).toContain(
      '2025|문화관광과|한빛거리축제개최,2025,,문화관광과,한빛 거리축제 개최',
    );
    expect(stdout).toContain(',96000000,');
  });

  it('reads stdin for -', () => {
    const { code, stdout } = cli(['parse', '-'], BAD_SPLIT);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).lines[0].requiredBudget).toBe(100_000_000);
  });
});

describe('cli audit', () => {
  it('prints import warnings in the chosen language, not as objects', () => {
    const file = scratchFile('unread-funding.txt', UNREAD_FUNDING);
    const english = cli(['audit', file, '--lang', 'en']).stdout;
    expect(english).toContain('1 import warning(s):');
    expect(english).toMatch(/7: "후원 10,000천원" in parentheses was not read as a funding source/);
    const korean = cli(['audit', file]).stdout;
    expect(korean).toMatch(/7: 괄호 안의 "후원 10,000천원"을\(를\) 재원으로 읽지 못했습니다/);
    expect(english + korean).not.toContain('[object Object]');
  });

  it('exits 0 and prints a summary when there are no errors', () => {
    const { code, stdout } = cli([
      'audit',
      join(FIXTURES, 'two-line-header.txt'),
      join(FIXTURES, 'mixed-results-plan.txt'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('== ');
    expect(stdout.trim().split('\n').at(-1)).toBe('파일 2개 · 오류 0 · 경고 0 · 참고 0');
  });

  it('exits 1 with a table of findings when a funding split does not add up, in English on request', () => {
    const path = scratchFile('bad-split.txt', BAD_SPLIT);
    const { code, stdout } = cli(['audit', path, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/line\s+severity\s+code\s+message/);
    expect(stdout).toContain('error');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^1 file\(s\) · 1 error\(s\)/);
  });

  it('reads a CP949-encoded report', () => {
    const { code, stdout } = cli(['audit', join(FIXTURES, 'cp949-report.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain('2025년도 주요업무 계획');
  });

  it.each([
    ['a missing file', () => join(scratch, 'missing.txt'), '파일이 없습니다'],
    ['an empty file', () => scratchFile('empty.txt', ''), '빈 파일'],
    [
      'a binary file',
      () => scratchFile('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 0])),
      '바이너리',
    ],
    [
      'a text that is not a report',
      () => scratchFile('letter.txt', '안녕하세요.\n다음 주 회의는 화요일입니다.\n'),
      '업무보고로 보이지 않습니다',
    ],
  ])('exits 2 naming the file for %s, without a stack trace', (_, makePath, message) => {
    const path = makePath();
    const { code, stderr } = cli(['audit', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(path);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('still checks the readable files when one is missing, then exits 2', () => {
    const { code, stdout } = cli([
      'audit',
      join(FIXTURES, 'two-line-header.txt'),
      join(scratch, 'nope.txt'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toContain('2025년 주요업무 보고');
    expect(stdout).toContain('읽지 못한 파일 1');
  });
});

describe('cli dispatch', () => {
  it('rejects an unknown command with the usage and exit 2', () => {
    const { code, stderr } = cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage');
  });
});

// a PDF run loads pdfjs: slower than text on a busy machine
describe('cli on PDF files', { timeout: 90_000 }, () => {
  const PDF = join(ROOT, 'tests/fixtures/pdf');

  it('blocks --json prints tables as the issue states: source, header and rows of cells with spans', () => {
    const { code, stdout } = cli(['blocks', join(PDF, 'merged-header.pdf'), '--json']);
    expect(code).toBe(0);
    const blocks = JSON.parse(stdout) as Record<string, unknown>[];
    const table = blocks.find((block) => block.kind === 'table')!;
    expect(Object.keys(table).sort()).toEqual(['header', 'kind', 'rows', 'source']);
    expect(table.source).toMatchObject({ page: 1, box: expect.any(Array) });
    expect((table.header as { cells: unknown[] }[])[0]!.cells[1]).toEqual({
      text: '2025년 예산',
      colSpan: 3,
    });
    expect((table.rows as { cells: unknown[] }[])[0]).toEqual({
      cells: [
        { text: '계' },
        { text: '1,500' },
        { text: '900' },
        { text: '600' },
        { text: '2,700' },
      ],
    });
  });

  it('blocks --page N shows only that page', () => {
    const { code, stdout } = cli(['blocks', join(PDF, 'split-table.pdf'), '--page', '2']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^p2 .* noise page-number: - 2 -$/),
    ]);
  });

  it('parse reads a PDF like a text file, every line placed on its page', () => {
    const parsed = cli(['parse', join(PDF, 'report.pdf')]);
    expect(parsed.code).toBe(0);
    const report = ParsedReportSchema.parse(JSON.parse(parsed.stdout));
    expect(report.document.format).toBe('pdf');
    expect(report.lines[0]?.source.page).toBe(1);
  });

  it('audit checks a PDF like a text file', () => {
    const audit = cli(['audit', join(PDF, 'report.pdf')]);
    expect(audit.code).toBe(1);
    expect(audit.stdout).toContain('funding-mismatch');
  });

  it('says in one line why a PDF cannot be read, and exits 2', () => {
    const path = scratchFile('broken.pdf', new Uint8Array([...Buffer.from('%PDF-1.7\n'), 1, 2, 3]));
    const { code, stderr } = cli(['parse', path]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${path}: PDF 파일이 손상되어 열 수 없습니다`);
  });
});
