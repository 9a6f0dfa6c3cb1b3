import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runPack } from '../../../cli/pack';
import { findChromium } from '../../../cli/pack/find-chromium';
import { chromiumPresent } from '../../support/chromium';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const PDF_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
const OUT_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', 'pack-cli');
const hasBrowser = chromiumPresent('the PDF pack test');

/** runs the command, collecting what it wrote to stderr */
async function pack(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { code: await runPack(args), stderr };
  } finally {
    spy.mockRestore();
    quiet.mockRestore();
  }
}

describe('npm run cli -- pack', () => {
  beforeAll(() => {
    rmSync(OUT_DIR, { recursive: true, force: true });
    mkdirSync(OUT_DIR, { recursive: true });
  });
  afterEach(() => vi.restoreAllMocks());

  it.skipIf(!hasBrowser)(
    'prints a briefing pack of two reports to an A4 PDF with the departments and flagged figures',
    async () => {
      const out = join(OUT_DIR, 'gaon-pack.pdf');
      const { code } = await pack([
        join(FIXTURES, 'gaon-2023.txt'),
        join(FIXTURES, 'gaon-2024.txt'),
        '--out',
        out,
        '--title',
        '가온구 복지문화국 행정사무감사 자료',
        '--session',
        '제312회 정례회',
      ]);
      // the 2024 report states an execution rate of 78.8% where the figures give 68.8%: an error
      expect(code).toBe(1);
      expect(existsSync(out)).toBe(true);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+가온구 복지문화국 행정사무감사 자료/);
      expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
      expect(text).toMatch(/목\s*차/);
      for (const expected of ['제312회 정례회', '복지정책과', '문화체육과', '78.8', '(단위: 천원)'])
        expect(text).toContain(expected);
      // year over year from the two reports: 어르신 건강동행 900,000 → 1,000,000 천원
      expect(text).toMatch(/어르신 건강동행 사업\s+900,000\s+1,000,000\s+100,000\s+11\.1%/);
      expect(text).toMatch(/^\s*-\s*3\s*-\s*$/m); // the page number, centred
    },
    120_000,
  );

  it.skipIf(!hasBrowser)(
    'prints a pack from a PDF work report as it does from text, reading it with the PDF reader',
    async () => {
      const out = join(OUT_DIR, 'pdf-pack.pdf');
      const { code, stderr } = await pack([join(PDF_FIXTURES, 'report.pdf'), '--out', out]);
      expect(stderr).toBe('');
      expect(code).toBeLessThan(2);
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
      // the fixture's table: 어르신 돌봄 700,000 천원, 청년 일자리 500,000 천원 (복지정책과)
      expect(text).toContain('복지정책과');
      expect(text).toMatch(/어르신 돌봄[^\n]*700,000/);
      expect(text).toMatch(/청년 일자리[^\n]*500,000/);
    },
    120_000,
  );

  it.skipIf(!hasBrowser)(
    'prints a project known only by its 총사업비 with that figure and its period, not as the year budget',
    async () => {
      const out = join(OUT_DIR, 'total-cost-pack.pdf');
      const { code } = await pack([join(FIXTURES, 'gaon-2025-plan.txt'), '--out', out]);
      expect(code).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
      // the fixture: 가온 순환철도 건설, 총사업비 '21~'27, 1,840억원 = 184,000,000천원, no 2025 figure
      expect(text).toMatch(/사업명[^\n]*총사업비/);
      // the whole cost over its period in one cell (two text lines around the row's name); the
      // year columns stay empty
      expect(text).toMatch(/184,000,000\s*\n\s*가온 순환철도 건설(\s+-){4}\s*\n\s*\(2021~2027\)/);
      expect(text).toMatch(/마을버스 노선 개편\s+-\s+1,200,000\s+-\s+-\s+-/);
      expect(text).toContain('총사업비만 밝힌 사업 1개');
    },
    120_000,
  );

  it('stops with exit code 2 and names the file when a report is missing', async () => {
    const missing = join(FIXTURES, 'no-such-report.txt');
    const { code, stderr } = await pack([missing, '--out', join(OUT_DIR, 'never.pdf')]);
    expect(code).toBe(2);
    expect(stderr).toContain(missing);
    expect(stderr).toContain('파일이 없습니다');
    expect(existsSync(join(OUT_DIR, 'never.pdf'))).toBe(false);
  });

  it('stops with exit code 2 when a file is not a work report', async () => {
    const { code, stderr } = await pack([
      join(FIXTURES, 'not-a-report.txt'),
      '--out',
      join(OUT_DIR, 'never.pdf'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('not-a-report.txt');
    expect(stderr).toMatch(/업무\s*보고서?로 보이지 않습니다/);
  });

  it('explains the usage when --out is missing', async () => {
    const { code, stderr } = await pack([join(FIXTURES, 'gaon-2024.txt')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--out');
    expect(stderr).toContain('usage: npm run cli -- pack');
  });
});

describe('finding Chromium', () => {
  it('uses CHROME_PATH when it exists', () => {
    expect(findChromium({ CHROME_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome')).toEqual({
      path: '/opt/chrome',
    });
  });

  it('reports a CHROME_PATH that points nowhere instead of falling back silently', () => {
    const found = findChromium(
      { CHROME_PATH: '/nowhere/chrome' },
      (path) => path === '/usr/bin/chromium',
    );
    expect(found).toEqual({ error: expect.stringContaining('/nowhere/chrome') });
  });

  it('falls back to the usual install paths', () => {
    const found = findChromium({}, (path) => path === '/usr/bin/google-chrome');
    expect(found).toEqual({ path: '/usr/bin/google-chrome' });
  });

  it('gives a clear error when no browser is installed', () => {
    const found = findChromium({}, () => false);
    expect(found).toEqual({ error: expect.stringContaining('CHROME_PATH') });
  });
});
