import * as electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/menu/menu-template';
import { setupMenu } from '../../electron/setup/menu';
import { FakeBrowserWindow, type fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
const fake = electron as unknown as ReturnType<typeof fakeElectron>;

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items
    .filter((item) => item.type !== 'separator')
    .map((item) => item.label ?? `(${item.role})`);
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(menu)) throw new Error(`no submenu ${label}`);
  return menu as MenuItemConstructorOptions[];
}

const actions = { isMac: false, devTools: false, importReport: vi.fn(), showAbout: vi.fn() };

describe('the application menu', () => {
  it('has Korean top-level labels', () => {
    expect(labels(menuTemplate(actions))).toEqual(['파일', '편집', '보기', '도움말']);
  });

  it('has Korean items with native roles', () => {
    const template = menuTemplate(actions);
    expect(labels(submenu(template, '파일'))).toEqual(['보고서 가져오기…', '종료']);
    expect(labels(submenu(template, '편집'))).toEqual([
      '실행 취소',
      '다시 실행',
      '잘라내기',
      '복사',
      '붙여넣기',
      '모두 선택',
    ]);
    expect(labels(submenu(template, '보기'))).toEqual(['확대', '축소', '원래 크기', '전체 화면']);
    expect(labels(submenu(template, '도움말'))).toEqual(['정보']);
    expect(submenu(template, '편집').find((item) => item.label === '복사')?.role).toBe('copy');
  });

  it('offers developer tools only in development', () => {
    expect(labels(submenu(menuTemplate({ ...actions, devTools: true }), '보기'))).toContain(
      '개발자 도구',
    );
    expect(labels(submenu(menuTemplate(actions), '보기'))).not.toContain('개발자 도구');
  });

  it('starts with the app menu on macOS', () => {
    expect(menuTemplate({ ...actions, isMac: true })[0]?.role).toBe('appMenu');
  });

  it('sends the import command to the main window when 보고서 가져오기… is chosen', () => {
    const window = new FakeBrowserWindow({});
    setupMenu(() => window as unknown as electron.BrowserWindow, false);
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const importItem = submenu(template, '파일')[0];
    (importItem?.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'import-report');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });
});
