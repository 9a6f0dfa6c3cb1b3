import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

/** An invented bureau report of one year: its projects are its own, none shared with the other. */
function report(year: number, kind: string, projects: readonly [string, string][]): Buffer {
  const lines = [
    '가람광역시의회 제301회 정례회',
    '',
    `${year}. 2. 10.`,
    '',
    `${year}년 주요업무 ${kind}`,
    '',
    '가람광역시 물빛정책국',
    '',
    'Ⅰ. 주요 사업',
    '',
    ...projects.flatMap(([name, amount]) => [`□ ${name} : ${amount}백만원`, '']),
  ];
  return Buffer.from(lines.join('\n'), 'utf8');
}

describe('비교 with no line in both documents: nothing to chart', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '보고서 가져오기', exact: true }).click();
    await (
      await chooser
    ).setFiles([
      {
        name: 'mulbit-2030.txt',
        mimeType: 'text/plain',
        buffer: report(2030, '보고', [
          ['물빛정원 조성', '1,200'],
          ['하천 정화선 운영', '340'],
        ]),
      },
      {
        name: 'mulbit-2031.txt',
        mimeType: 'text/plain',
        buffer: report(2031, '보고', [
          ['빗물 저류조 설치', '2,500'],
          ['수변 산책로 정비', '780'],
        ]),
      },
    ]);
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
  });
  afterAll(async () => app?.close());

  it('says there is nothing to chart in the chart’s place, and draws no blank canvas', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '비교', exact: true }).click();
    const table = page.getByRole('table');
    // every project is on one side only: the table lists all four
    await expect.poll(() => table.getByRole('row', { name: /물빛정원 조성/ }).count()).toBe(1);
    await table.getByRole('row', { name: /빗물 저류조 설치/ }).waitFor();
    const panel = page.getByRole('region', { name: '차트' });
    await expect(panel.innerText()).resolves.toContain(
      '두 자료에 모두 있어 증감을 계산한 사업이 없어 차트를 그리지 않았습니다.',
    );
    await expect(panel.locator('canvas').count()).resolves.toBe(0);
    await expect(page.getByRole('img', { name: '주요 증감 차트' }).count()).resolves.toBe(0);
    await app.screenshot('compare-nothing-to-chart');
    expect(app.consoleErrors).toEqual([]);
  });
});
