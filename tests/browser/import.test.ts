import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

async function pickFile(page: Page, name: string, bytes: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: bytes });
}

describe('importing a report through the UI', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('previews the sample and stores nothing when cancelled', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    const preview = page.getByRole('dialog', { name: /가져오기 미리보기/ });
    await preview.waitFor();
    const counts = await preview.locator('.preview-counts').innerText();
    expect(counts).toMatch(/예산 항목\s*[1-9]/);
    expect(counts).toMatch(/인원 행\s*[1-9]/);
    await expect(preview.locator('.meta-list').innerText()).resolves.toContain('회계연도');
    await app.screenshot('import-preview');
    await preview.getByRole('button', { name: '취소' }).click();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '검토', exact: true }).click();
    await page.getByRole('heading', { name: '검토할 자료가 없습니다' }).waitFor();
  });

  it('asks before adding the same report a second time', async () => {
    const { page } = app;
    for (let round = 0; round < 2; round++) {
      await page.getByRole('link', { name: '자료실', exact: true }).click();
      await page.getByRole('button', { name: '예시 자료 열기' }).click();
      await page.getByRole('button', { name: '가져오기 확인' }).click();
      // the first import ends on 검토; leaving for 자료실 before it lands would be undone by it
      if (round === 0) await page.waitForURL(/#\/review/);
    }
    await page.getByRole('alert').filter({ hasText: '이미 있습니다' }).waitFor();
    await app.screenshot('import-duplicate');
    await page.getByRole('dialog').getByRole('button', { name: '취소' }).click();
    await page.getByRole('link', { name: '검토', exact: true }).click();
    const documentFilter = page
      .getByRole('toolbar', { name: '검토 도구' })
      .getByRole('combobox', { name: '문서' });
    await documentFilter.waitFor();
    const documents = documentFilter.locator('option');
    await expect(documents.count()).resolves.toBe(2); // 전체 + the one stored document
  });

  it('explains a text file that is not a report, and a binary file in no format it reads, storing nothing', async () => {
    const { page } = app;
    await pickFile(page, 'memo.txt', Buffer.from('회의 메모\n다음 주 일정 확인\n', 'utf8'));
    await page.getByRole('alert').filter({ hasText: '업무보고서로 인식할 수 없습니다' }).waitFor();
    await page.getByRole('button', { name: '닫기' }).click();
    await pickFile(page, 'broken.txt', Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x01, 0x02]));
    // told from its bytes (not its .txt name): binary, none of the formats the readers read
    const binary = page.getByRole('alert').filter({ hasText: '바이너리 파일입니다' });
    await binary.waitFor();
    await expect(binary.getAttribute('data-failure')).resolves.toBe('unsupported');
    await app.screenshot('import-error');
    await page.getByRole('link', { name: '검토', exact: true }).click();
    await page.getByRole('heading', { name: '검토할 자료가 없습니다' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('previews a report dropped onto the library page', async () => {
    const { page } = app;
    const sample = await page.evaluate(async () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['회의 메모\n'], 'dropped.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
      return transfer.files.length;
    });
    expect(sample).toBe(1);
    // a dropped file goes through the same reader: this one is not a report
    await page.getByRole('alert').filter({ hasText: 'dropped.txt' }).waitFor();
  });
});
