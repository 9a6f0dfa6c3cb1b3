import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBackupFolderMemory, nodeFiles } from '../../electron/ipc/node-files';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cbr-files-'));

describe('nodeFiles', () => {
  it('writes text and bytes, leaving no partial file behind', async () => {
    const dir = tempDir();
    await nodeFiles.write(join(dir, 'a.csv'), '부서,사업\n');
    await nodeFiles.write(join(dir, 'b.bin'), new Uint8Array([1, 2, 3]));
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('부서,사업\n');
    expect([...(await nodeFiles.read(join(dir, 'b.bin')))]).toEqual([1, 2, 3]);
    expect(await nodeFiles.size(join(dir, 'b.bin'))).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.bin']);
  });

  it('fails clearly when the target folder does not exist', async () => {
    await expect(nodeFiles.write(join(tempDir(), 'missing', 'a.txt'), 'x')).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe('fileBackupFolderMemory', () => {
  it('remembers the chosen folder across instances', () => {
    const file = join(tempDir(), 'backup-folder.json');
    expect(fileBackupFolderMemory(file).get()).toBeNull();
    fileBackupFolderMemory(file).set('/home/clerk/백업');
    expect(fileBackupFolderMemory(file).get()).toBe('/home/clerk/백업');
  });

  it('treats a corrupted or foreign file as no folder chosen', () => {
    const file = join(tempDir(), 'backup-folder.json');
    writeFileSync(file, '{"folder": 42}');
    expect(fileBackupFolderMemory(file).get()).toBeNull();
    writeFileSync(file, 'not json');
    expect(fileBackupFolderMemory(file).get()).toBeNull();
  });
});
