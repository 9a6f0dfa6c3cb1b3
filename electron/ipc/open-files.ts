import { basename } from 'node:path';
import { MAX_IPC_FILE_BYTES, type IpcResult } from '../../shared/ipc-contract';
import { acceptToFilters } from './accept-filters';
import type { ParsedArgs } from './guard';
import type { DialogPort, FilePort } from './ports';

export interface OpenFilesDeps {
  dialog: DialogPort;
  files: FilePort;
}

/** Shows the open dialog and reads the chosen files; [] when the user cancels. */
export async function openFiles(
  deps: OpenFilesDeps,
  args: ParsedArgs<'dialog:openFiles'>,
): Promise<IpcResult<'dialog:openFiles'>> {
  const choice = await deps.dialog.showOpenDialog({
    title: '보고서 가져오기',
    properties: args.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: acceptToFilters(args.accept),
  });
  if (choice.canceled) return [];
  const picked = [];
  for (const path of choice.filePaths) {
    const size = await deps.files.size(path);
    // too big to read: the renderer names the file and the limit instead of stalling
    if (size > MAX_IPC_FILE_BYTES)
      picked.push({ name: basename(path), bytes: new Uint8Array(), size });
    else picked.push({ name: basename(path), bytes: await deps.files.read(path) });
  }
  return picked;
}
