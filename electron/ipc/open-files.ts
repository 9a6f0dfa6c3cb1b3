import { basename } from 'node:path';
import type { IpcResult } from '../../shared/ipc-contract';
import { acceptToFilters } from './accept-filters';
import { assertWithinSizeLimit } from './file-names';
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
    assertWithinSizeLimit(await deps.files.size(path), basename(path));
    picked.push({ name: basename(path), bytes: await deps.files.read(path) });
  }
  return picked;
}
