import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackModel } from '../../shared/print/pack';
import { packInputFromReports } from '../../cli/pack/pack-input';
import { PRINT_PAYLOAD_EVENT, PRINT_PAYLOAD_GLOBAL } from '../../shared/print/payload';
import { generateReport } from '../bench/synthetic';
import { openApp, type AppSession } from './harness';
import { pdfInfo, pdfToPngs, printToPdf } from './print-helpers';

/** a pack of two synthetic reports: long budget tables that must break across pages */
const reports = [generateReport(6_000, 1), generateReport(6_000, 3)].map((report, index) => ({
  file: `synthetic-${index + 1}`,
  report,
}));
const model = buildPackModel(
  packInputFromReports(reports, { files: [], out: '', departments: [], title: '분할 검사용 자료' }),
);

describe('print view pagination of a long pack', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/print/payload');
    await app.page.evaluate(
      ({ json, event, global }) => {
        (window as unknown as Record<string, unknown>)[global] = JSON.parse(json);
        window.dispatchEvent(new Event(event));
      },
      {
        json: JSON.stringify({ kind: 'pack-model', model }),
        event: PRINT_PAYLOAD_EVENT,
        global: PRINT_PAYLOAD_GLOBAL,
      },
    );
    await app.page.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
  });
  afterAll(async () => app?.close());

  it('never lets a page body overflow its A4 sheet (nothing is cut off)', async () => {
    const overflowing = await app.page.$$eval('.print-page-body', (bodies) =>
      bodies
        .map((body, index) => ({ page: index + 1, over: body.scrollHeight - body.clientHeight }))
        .filter((entry) => entry.over > 1),
    );
    expect(overflowing).toEqual([]);
  });

  it('prints every budget row exactly once, and repeats the column heads on continued pages', async () => {
    const expected = model.sections.flatMap((section) =>
      section.budget.rows.map((row) => row.label),
    );
    const printed = await app.page.$$eval('.print-table-grid', (tables) =>
      tables
        .filter((table) => table.querySelector('th')?.textContent === '사업명')
        // the budget tables: their columns name the year's figure (2024년 예산현액), then 증감액
        .filter((table) => table.querySelector('th:nth-child(4)')?.textContent === '증감액')
        .flatMap((table) =>
          [...table.querySelectorAll('tbody tr td:first-child')].map(
            (cell) => cell.textContent ?? '',
          ),
        ),
    );
    expect(printed).toEqual(expected);
    const continued = await app.page.$$eval('.print-table-wrap', (wraps) =>
      wraps
        .filter((wrap) => wrap.querySelector('.print-continued'))
        .map((wrap) => ({
          unit: wrap.querySelector('.print-unit')?.textContent ?? '',
          head: wrap.querySelectorAll('thead th').length,
        })),
    );
    expect(continued.length).toBeGreaterThan(5);
    for (const fragment of continued) {
      expect(fragment.unit).toMatch(/^\(계속\)\(.+\)$/); // '(계속)' and the unit line again
      expect(fragment.head).toBeGreaterThan(0);
    }
  });

  it('numbers the pages in order and points the contents at the page each department starts on', async () => {
    const pages = await app.page.$$eval('.print-page', (sheets) =>
      sheets.map((sheet) => ({
        number: sheet.querySelector('.print-page-footer')?.textContent ?? '',
        heading: sheet.querySelector('.print-heading')?.textContent ?? '',
      })),
    );
    pages.forEach((page, index) => {
      if (index > 0) expect(page.number).toBe(`- ${index + 1} -`); // the cover is unnumbered
    });
    const contents = await app.page.$$eval('.print-table-contents tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
    expect(contents.length).toBe(model.sections.length + (model.appendix.length > 0 ? 1 : 0));
    for (const [entry, pageLabel] of contents) {
      // headings add the bureau: '1. 총무과 (행정지원국)'
      const startsOn = pages.findIndex((page) => page.heading.startsWith(entry ?? '')) + 1;
      expect(startsOn).toBeGreaterThan(2);
      expect(pageLabel).toBe(`- ${startsOn} -`);
    }
  });

  it('gives a PDF of the same number of A4 pages', async () => {
    const sheets = await app.page.$$eval('.print-page', (all) => all.length);
    const file = await printToPdf(app.page, 'pagination-pack');
    const info = pdfInfo(file);
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${sheets}\\n`));
    pdfToPngs(file, 'pagination-pack-page');
    expect(app.consoleErrors).toEqual([]);
  });
});
