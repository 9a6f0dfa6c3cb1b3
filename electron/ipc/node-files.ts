import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { BackupFolderMemory } from './backup';
import type { FilePort } from './ports';

export const nodeFiles: FilePort = {
  size: async (path) => (await stat(path)).size,
  read: async (path) => new Uint8Array(await readFile(path)),
  write: async (path, data) => {
    const temporary = `${path}.${process.pid}.partial`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  },
};

/** Remembers the backup folder in a small JSON file in userData. */
export function fileBackupFolderMemory(file: string): BackupFolderMemory {
  return {
    get() {
      try {
        const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
        return typeof value === 'object' &&
          value &&
          'folder' in value &&
          typeof value.folder === 'string'
          ? value.folder
          : null;
      } catch {
        return null;
      }
    },
    set(folder) {
      writeFileSync(file, JSON.stringify({ folder }));
    },
  };
}
