import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc-contract';
import { menuTemplate } from '../menu/menu-template';
import { WINDOW_TITLE } from './window';

export function setupMenu(getWindow: () => BrowserWindow | null, devTools: boolean): void {
  const send = (command: MenuCommand) =>
    getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    devTools,
    importReport: () => send('import-report'),
    showAbout: () => {
      const window = getWindow();
      const options = {
        type: 'info' as const,
        title: '정보',
        message: `${WINDOW_TITLE} (Council Budget Review)`,
        detail: `버전 ${app.getVersion()} · Electron ${process.versions.electron ?? ''}\n주요업무 보고서의 예산 산식을 검토하고 브리핑 자료를 만듭니다.`,
      };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
