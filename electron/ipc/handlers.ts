import type { IpcChannel, IpcResult } from '../../shared/ipc-contract';
import { chooseBackupFolder, writeBackup, type BackupDeps } from './backup';
import type { IpcCallContext, ParsedArgs } from './guard';
import { openFiles } from './open-files';
import { printToPdf, type PrintablePage } from './print-to-pdf';
import { saveFile } from './save-file';

export type IpcHandlerMap = {
  [K in IpcChannel]: (
    args: ParsedArgs<K>,
    context: IpcCallContext<PrintablePage>,
  ) => Promise<IpcResult<K>>;
};

export interface HandlerDeps extends BackupDeps {
  defaultFolder: string;
  appInfo: IpcResult<'app:info'>;
}

/** Every channel of the contract bound to its dependencies: the type makes the map complete. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlerMap {
  return {
    'dialog:openFiles': (args) => openFiles(deps, args),
    'file:save': (args) => saveFile(deps, args),
    'pdf:print': (args, { sender }) => printToPdf(deps, sender, args),
    'app:info': async () => deps.appInfo,
    'backup:chooseFolder': () => chooseBackupFolder(deps),
    'backup:write': (args) => writeBackup(deps, args),
  };
}
