import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../../cli/readers';
import { parseDocument, readDocument } from '../../../../shared/import';
import type { ParsedReport } from '../../../../shared/model/report';
import { fixtureBytes } from '../../../support/pdf-fixtures';
import { damagedPdf, encryptedPdf, scannedPdf } from './handmade-pdf';

async function parsed(name: string): Promise<ParsedReport> {
  return (await parseDocument(fixtureBytes(name), { fileName: name }, nodeReaders)).report;
}

/** What a council member sees of a report, whatever the file: the lines' money and the findings. */
function figures(report: ParsedReport) {
  return {
    title: report.document.title,
    lines: report.lines
      .map((line) => ({
        year: line.fiscalYear,
        project: line.project,
        category: line.category,
        budget: line.budget,
        requiredBudget: line.requiredBudget,
        previousBudget: line.previousBudget,
        funding: line.funding,
      }))
      .sort((a, b) => a.project.localeCompare(b.project)),
    findings: report.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: finding.message.ko,
    })),
  };
}

describe('one report as PDF, tab-separated text and space-aligned text', () => {
  it('gives the same lines, amounts and findings in all three', async () => {
    const [pdf, tabbed, aligned] = await Promise.all([
      parsed('report.pdf'),
      parsed('report.txt'),
      parsed('report-layout.txt'),
    ]);
    const expected = figures(tabbed);
    // the table row and the statement of each project are one line, with last year's budget
    const projects = expected.lines.filter((line) => line.category !== 'summary');
    expect(projects.map((line) => [line.project, line.budget, line.previousBudget])).toEqual([
      ['어르신 돌봄', 700_000_000, 650_000_000],
      ['청년 일자리', 500_000_000, 450_000_000],
    ]);
    expect(expected.findings.map((finding) => finding.code)).toEqual(['funding-mismatch']);
    expect(figures(pdf)).toEqual(expected);
    expect(figures(aligned)).toEqual(expected);
  });

  it('places the PDF’s lines and findings on the page they were read from', async () => {
    const report = await parsed('report.pdf');
    expect(report.document.format).toBe('pdf');
    expect(report.document.pages).toBe(1);
    for (const ref of [
      ...report.lines.map((l) => l.source),
      ...report.findings.map((f) => f.source),
    ]) {
      expect(ref.page).toBe(1);
      expect(ref.box).toHaveLength(4);
    }
  });

  it('files a statement under its heading across a page number', async () => {
    const report = await parsed('page-number-between.pdf');
    const line = report.lines.find(
      (l) => l.requiredBudget === 1_200_000_000 || l.budget === 1_200_000_000,
    );
    expect(line?.project).toBe('노인 일자리 확대');
    expect(line?.source.page).toBe(2);
  });
});

describe('PDFs the reader refuses', () => {
  it.each([
    ['a scan without text', scannedPdf, 'scanned', '이 PDF에는 글자 정보가 없습니다(스캔 이미지)'],
    ['an encrypted PDF', () => encryptedPdf('secret'), 'password', '암호'],
    ['a damaged PDF', damagedPdf, 'damaged', '손상'],
  ])('refuses %s with its own message', async (_, make, code, message) => {
    const reading = readDocument(make(), { fileName: 'x.pdf' }, nodeReaders);
    await expect(reading).rejects.toMatchObject({ code, format: 'pdf' });
    await expect(reading).rejects.toThrow(message);
  });
});

describe('a long PDF', () => {
  it('reports its progress page by page', async () => {
    const progress: [number, number][] = [];
    await readDocument(
      fixtureBytes('split-table.pdf'),
      { onProgress: (done, total) => progress.push([done, total]) },
      nodeReaders,
    );
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('stops between pages when cancelled', async () => {
    const controller = new AbortController();
    const reading = readDocument(
      fixtureBytes('split-table.pdf'),
      { signal: controller.signal, onProgress: () => controller.abort() },
      nodeReaders,
    );
    await expect(reading).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('leaves the caller’s bytes as they were (pdfjs takes over the buffer it is given)', async () => {
    const bytes = fixtureBytes('borderless.pdf');
    const copy = bytes.slice();
    await readDocument(bytes, {}, nodeReaders);
    expect(bytes).toEqual(copy);
  });
});
