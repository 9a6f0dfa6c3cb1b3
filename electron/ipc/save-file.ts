import type { IpcResult } from '../../shared/ipc-contract';
import { assertWithinSizeLimit, defaultSavePath } from './file-names';
import type { ParsedArgs } from './guard';
import type { DialogPort, FilePort } from './ports';

export interface SaveFileDeps {
  dialog: DialogPort;
  files: FilePort;
  /** where the save dialog starts (the user's documents folder) */
  defaultFolder: string;
}

export async function saveFile(
  deps: SaveFileDeps,
  args: ParsedArgs<'file:save'>,
): Promise<IpcResult<'file:save'>> {
  const size =
    typeof args.data === 'string' ? Buffer.byteLength(args.data, 'utf8') : args.data.byteLength;
  assertWithinSizeLimit(size, args.suggestedName);
  const choice = await deps.dialog.showSaveDialog({
    title: '저장',
    defaultPath: defaultSavePath(deps.defaultFolder, args.suggestedName),
    ...(args.filters ? { filters: args.filters } : {}),
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await deps.files.write(choice.filePath, args.data);
  return { saved: true, path: choice.filePath };
}
