import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeCp949 } from '../support/cp949';
import { openApp, type AppSession } from './harness';
import { pdfText, printToPdf } from './print-helpers';

/** A finance-portal download as Korean Excel saves it: CP949, a title, a unit line, quoted amounts. */
function portalCsv(year: number, rows: readonly (readonly [string, string, number, number])[]) {
  const lines = [
    `${year}년 세출예산 사업별 현황,,,,,,,,`,
    '(단위: 천원),,,,,,,,',
    '회계연도,자치단체명,부서명,세부사업명,예산현액,국비,시도비,시군구비,지출액',
    ...rows.map(([department, project, budget, spent]) => {
      const national = budget / 2;
      const city = budget / 4;
      const amount = (value: number) => `"${value.toLocaleString('en')}"`;
      return [
        year,
        '한빛시 가온구',
        department,
        project,
        amount(budget),
        amount(national),
        amount(city),
        amount(budget - national - city),
        spent === 0 ? '-' : amount(spent),
      ].join(',');
    }),
  ];
  return Buffer.from(encodeCp949(lines.join('\r\n')));
}

const CSV_2024 = portalCsv(2024, [
  ['복지정책과', '경로당 운영 지원', 1_200, 900],
  ['복지정책과', '노인 일자리 사업', 2_400, 2_000],
  ['문화관광과', '가온 마을 축제', 800, 0],
]);
const CSV_2025 = portalCsv(2025, [
  ['복지정책과', '경로당 운영 지원', 1_600, 0],
  ['복지정책과', '노인 일자리 사업', 2_000, 0],
  ['문화관광과', '가온 마을 축제', 800, 0],
]);

async function importCsv(page: Page, name: string, bytes: Buffer) {
  await page.goto(page.url().replace(/#.*$/, '') + '#/library');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
  const dialog = page.getByRole('dialog', { name: /가져오기 미리보기/ });
  const mapping = dialog.getByRole('region', { name: '스프레드시트 열 맞추기' });
  await mapping.waitFor();
  return { dialog, mapping };
}

describe('a CP949 portal CSV imported, reviewed, compared with the next year and printed', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
  });
  afterAll(async () => app?.close());

  it('reads the CP949 file, proposes the mapping with the unit from the 단위 line, and imports it', async () => {
    const { page } = app;
    const { dialog, mapping } = await importCsv(page, '2024-세출사업.csv', CSV_2024);
    // the preview fills in as the worker answers: each figure is awaited, not read once
    await expect.poll(() => dialog.textContent()).toContain('경로당 운영 지원');
    await expect.poll(() => mapping.textContent()).toContain('CP949');
    await expect
      .poll(() => mapping.getByRole('combobox', { name: '인코딩' }).inputValue())
      .toBe('');
    await expect
      .poll(() => mapping.getByRole('combobox', { name: '뜻: 세부사업명' }).inputValue())
      .toBe('project');
    await expect
      .poll(() => mapping.getByRole('combobox', { name: '금액 단위' }).inputValue())
      .toBe('천원');
    await app.screenshot('sheet-flow-preview');
    await dialog.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    const grid = page.getByRole('treegrid').or(page.getByRole('grid')).first();
    await expect.poll(() => grid.textContent()).toContain('경로당 운영 지원');
    await expect.poll(() => grid.textContent()).toContain('1,200');
    await expect.poll(() => grid.textContent()).toContain('복지정책과');
    await app.screenshot('sheet-flow-review');
  });

  it('compares it with the next year’s CSV on 비교, line by line', async () => {
    const { page } = app;
    const { dialog } = await importCsv(page, '2025-세출사업.csv', CSV_2025);
    await dialog.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.goto(app.url + '#/compare');
    const table = page.getByRole('table');
    const row = table.getByRole('row', { name: /경로당 운영 지원/ });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await expect.poll(() => row.first().textContent()).toContain('1,600');
    const text = (await row.first().textContent()) ?? '';
    expect(text).toContain('1,200');
    expect(text).toContain('1,600');
    expect(text).toContain('400');
    await expect
      .poll(() => page.locator('.compare-summary').textContent())
      .toContain('2024년과 2025년');
    await app.screenshot('sheet-flow-compare');
  });

  it('prints a briefing pack whose department pages show the sheet’s figures', async () => {
    const { page } = app;
    await page.goto(app.url + '#/packs');
    await page.getByRole('button', { name: '새 브리핑 자료' }).click();
    const editor = page.getByRole('form', { name: '브리핑 자료 편집' });
    await editor.getByLabel('제목').fill('가온구 세출사업 브리핑');
    await editor.getByLabel('복지정책과').check();
    await editor.getByRole('button', { name: '저장하고 인쇄' }).click();
    await page.waitForURL(/#\/print\/pack\/\d+/);
    const text = pdfText(await printToPdf(page, 'sheet-flow-pack'));
    expect(text).toContain('복지정책과');
    expect(text).toContain('(단위: 천원)');
    expect(text).toMatch(/경로당 운영 지원\s+1,200\s+1,600\s+400/);
    expect(text).toMatch(/노인 일자리 사업\s+2,400\s+2,000\s+△?-?400/);
  });
});
