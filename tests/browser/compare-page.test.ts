import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import {
  REPORT_2023,
  REPORT_2024,
  importThroughLibrary,
  pdfInfo,
  pdfText,
  pdfToPngs,
  printToPdf,
} from './print-helpers';

describe('비교: year over year from two imported reports', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    await importThroughLibrary(app.page, [REPORT_2023, REPORT_2024]);
  });
  afterAll(async () => app?.close());

  it('shows the comparison with a summary, a chart, and lines found on one side only', async () => {
    const { page } = app;
    await page.goto(app.url + '#/compare');
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(3);
    const summary = await page.locator('.compare-summary').textContent();
    expect(summary).toContain('2023년과 2024년의 사업');
    expect(summary).toContain('검토 지적 사항은 1건(오류 1건)');
    // two results reports of one district office: a project missing in 2024 has ended
    expect(await table.getByRole('row', { name: /경로당 냉난방비 지원/ }).textContent()).toContain(
      '종료',
    );
    await expect.poll(() => page.getByRole('img', { name: '주요 증감 차트' }).count()).toBe(1);
    await app.screenshot('compare-page');
  });

  it('suggests the renamed festival, and a confirmation matches it and is remembered', async () => {
    const { page } = app;
    await page.goto(app.url + '#/compare');
    const suggestions = page.getByRole('region', { name: '매칭 제안' });
    await expect.poll(() => suggestions.textContent()).toContain('가온 책축제');
    await suggestions
      .getByRole('button', { name: /가온 책축제 → 가온 책축제 개최 같은 사업으로 확인/ })
      .click();
    const row = page.getByRole('table').getByRole('row', { name: /가온 책축제 개최/ });
    await expect.poll(() => row.textContent()).toContain('명칭 변경');
    expect(await row.textContent()).toContain('600,000');
    await page.reload();
    await expect
      .poll(() =>
        page
          .getByRole('table')
          .getByRole('row', { name: /가온 책축제 개최/ })
          .textContent(),
      )
      .toContain('명칭 변경');
    expect(await page.getByRole('region', { name: '매칭 제안' }).count()).toBe(0);
  });

  it('sorts by a column and filters to lines with findings or broken rules', async () => {
    const { page } = app;
    await page.goto(app.url + '#/compare');
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: /^증감액/ }).click(); // already descending: now ascending
    const firstBody = () => table.locator('tbody tr').first().textContent();
    await expect.poll(firstBody).toContain('경로당 냉난방비 지원');
    await page.getByLabel('지적·기준 해당만').check();
    // the audit's finding, and the default rule (change beyond ±30%) on the ended project
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const flagged = await table.locator('tbody').textContent();
    expect(flagged).toContain('마을돌봄 나눔터 운영');
    expect(flagged).toContain('지적 1');
    expect(flagged).toContain('경로당 냉난방비 지원');
    expect(flagged).toContain('기준');
  });

  it('prints the comparison report: title, summary, table and findings on A4', async () => {
    const { page } = app;
    await page.goto(app.url + '#/compare');
    await page.getByRole('button', { name: '인쇄용 보고서' }).click();
    await page.waitForURL(/#\/print\/compare\?/);
    const file = await printToPdf(page, 'compare-report');
    expect(pdfInfo(file)).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    const text = pdfText(file);
    expect(text).toContain('연도별 예산 비교');
    expect(text).toContain('1. 요약');
    expect(text).toContain('(단위: 천원)');
    expect(text).toMatch(/경로당 냉난방비 지원\s+300,000\s+-\s+△300,000\s+△100\.0%/);
    expect(text).toContain('78.8%');
    pdfToPngs(file, 'compare-report-page');
    expect(app.consoleErrors).toEqual([]);
  });

  it('compares departments with headcount and budget per head, printed on landscape A4', async () => {
    const { page } = app;
    await page.goto(app.url + '#/compare');
    await page.getByRole('radio', { name: '부서별' }).click();
    const row = page.getByRole('table').getByRole('row', { name: /복지정책과/ });
    // 2024: 1,800,000천원, 현원 21명 → 85,714천원 per head
    await expect.poll(() => row.textContent()).toContain('85,714');
    expect(await row.textContent()).toContain('1,800,000');
    await app.screenshot('compare-departments');
    await page.getByRole('button', { name: '인쇄용 보고서' }).click();
    const file = await printToPdf(page, 'compare-departments');
    expect(pdfInfo(file)).toMatch(/Page size:\s+841\.92 x 594\.96 pts \(A4\)/);
    const text = pdfText(file);
    expect(text).toContain('부서별 비교');
    expect(text).toContain('집행률이 가장 낮은 부서는 문화체육과(70.0%)');
    pdfToPngs(file, 'compare-departments-page');
  });
});
