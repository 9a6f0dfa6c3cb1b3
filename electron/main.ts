import { app, screen, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { appPaths } from './paths';
import { setupIpc } from './setup/ipc';
import { setupMenu } from './setup/menu';
import { registerAppScheme, setupProtocol } from './setup/protocol';
import { setupSecurity } from './setup/security';
import { setupSingleInstance } from './setup/single-instance';
import { setupWindow } from './setup/window';
import { fileWindowStateStore } from './window/window-state-store';

let mainWindow: BrowserWindow | null = null;
const getWindow = () => mainWindow;
const devTools = !app.isPackaged && Boolean(process.env.CBR_DEV);

if (!setupSingleInstance(getWindow)) {
  app.quit();
} else {
  registerAppScheme();
  setupSecurity();
  setupIpc(getWindow);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    const paths = appPaths(app.getAppPath());
    setupProtocol(paths.rendererRoot);
    setupMenu(getWindow, devTools);
    mainWindow = setupWindow({
      preload: paths.preload,
      devTools,
      state: fileWindowStateStore(join(app.getPath('userData'), 'window-state.json'), () =>
        screen.getAllDisplays().map((display) => display.workArea),
      ),
    });
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
