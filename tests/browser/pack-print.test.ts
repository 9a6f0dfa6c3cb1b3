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

describe('briefing pack from the UI to PDF', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    await importThroughLibrary(app.page, [REPORT_2023, REPORT_2024]);
  });
  afterAll(async () => app?.close());

  it('builds a pack on 브리핑 자료, saves it and prints an A4 PDF with cover, contents, departments and flagged figures', async () => {
    const { page } = app;
    await page.goto(app.url + '#/packs');
    await page.getByRole('button', { name: '새 브리핑 자료' }).click();
    const editor = page.getByRole('form', { name: '브리핑 자료 편집' });
    await editor.getByLabel('제목').fill('가온구 복지문화국 행정사무감사 브리핑');
    await editor.getByLabel('작성자').fill('복지문화위원회 전문위원실');
    await editor.getByLabel('복지정책과').check();
    await editor.getByLabel('문화체육과').check();
    await app.screenshot('pack-editor');
    await editor.getByRole('button', { name: '저장하고 인쇄' }).click();
    await page.waitForURL(/#\/print\/pack\/\d+/);
    const file = await printToPdf(page, 'pack-ui');
    expect(await page.title()).toBe('가온구 복지문화국 행정사무감사 브리핑');

    const info = pdfInfo(file);
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+가온구 복지문화국 행정사무감사 브리핑/);
    const text = pdfText(file);
    expect(text).toContain('복지문화위원회 전문위원실'); // the cover
    expect(text).toMatch(/목\s*차/);
    expect(text).toMatch(/1\. 복지정책과\s+-\s*3\s*-/); // contents with page numbers
    expect(text).toContain('2. 문화체육과');
    expect(text).toContain('(단위: 천원)');
    expect(text).toMatch(/마을돌봄 나눔터 운영\s+700,000\s+800,000\s+100,000\s+14\.3%/);
    expect(text).toContain('78.8%'); // the flagged execution rate, with its source line
    expect(text).toContain('부록. 전체 지적 사항');
    pdfToPngs(file, 'pack-ui-page');
  });

  it('lists the saved pack, reopens it for editing, and deletes it', async () => {
    const { page } = app;
    await page.goto(app.url + '#/packs');
    const list = page.getByRole('list', { name: '저장된 브리핑 자료' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await list.getByRole('button', { name: '열기' }).click();
    const editor = page.getByRole('form', { name: '브리핑 자료 편집' });
    await expect
      .poll(() => editor.getByLabel('제목').inputValue())
      .toBe('가온구 복지문화국 행정사무감사 브리핑');
    await editor.getByLabel('회기').fill('제312회 제2차 정례회 (수정)');
    await editor.getByRole('button', { name: '저장', exact: true }).click();
    await expect.poll(() => list.textContent()).toContain('제312회 제2차 정례회 (수정)');
    await app.screenshot('pack-list');
    page.once('dialog', (dialog) => void dialog.accept());
    await list.getByRole('button', { name: /삭제/ }).click();
    await expect.poll(() => page.getByText('저장된 브리핑 자료가 없습니다.').count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
  });

  it('explains, instead of showing a blank page, when a pack to print no longer exists', async () => {
    const { page } = app;
    await page.goto(app.url + '#/print/pack/999');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('브리핑 자료 999번을 찾을 수 없습니다');
  });
});
