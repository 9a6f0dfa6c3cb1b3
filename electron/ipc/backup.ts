import { dirname, join, resolve } from 'node:path';
import { isAutoBackupName, type IpcResult } from '../../shared/ipc-contract';
import { assertWithinSizeLimit } from './file-names';
import type { ParsedArgs } from './guard';
import type { DialogPort, FilePort } from './ports';

/** The folder the user picked for automatic backups, remembered by main (not by the renderer). */
export interface BackupFolderMemory {
  get(): string | null;
  set(folder: string): void;
}

export interface BackupDeps {
  dialog: DialogPort;
  files: FilePort;
  folder: BackupFolderMemory;
}

export async function chooseBackupFolder(
  deps: BackupDeps,
): Promise<IpcResult<'backup:chooseFolder'>> {
  const choice = await deps.dialog.showOpenDialog({
    title: '자동 백업 폴더 선택',
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return {};
  deps.folder.set(folder);
  return { folder };
}

/**
 * Writes one backup file into the folder the user chose through the dialog. The renderer names
 * the folder too, and a mismatch is refused: a renderer cannot make main write anywhere else.
 * The name must be the automatic backup's own (checked here too, not only by the contract's
 * schema): no other file in that folder can be overwritten.
 */
export async function writeBackup(
  deps: BackupDeps,
  args: ParsedArgs<'backup:write'>,
): Promise<IpcResult<'backup:write'>> {
  const chosen = deps.folder.get();
  if (!chosen) throw new Error('no backup folder was chosen in this app; choose one in 설정 first');
  if (resolve(args.folder) !== resolve(chosen)) {
    throw new Error(`${args.folder} is not the backup folder chosen in this app (${chosen})`);
  }
  if (!isAutoBackupName(args.name)) {
    throw new Error(`${args.name} is not an automatic backup's file name`);
  }
  assertWithinSizeLimit(args.bytes.byteLength, args.name);
  const path = join(chosen, args.name);
  if (dirname(resolve(path)) !== resolve(chosen)) {
    throw new Error(`${args.name} is not a plain file name`);
  }
  await deps.files.write(path, args.bytes);
  return { saved: true, path };
}
