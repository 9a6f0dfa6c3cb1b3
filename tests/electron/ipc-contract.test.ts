import { describe, expect, it } from 'vitest';
import { autoBackupFileName } from '../../renderer/src/db/backup/auto';
import { ipcContract } from '../../shared/ipc-contract';

const argsOf = <K extends keyof typeof ipcContract>(channel: K) => ipcContract[channel].args;
const bytes = new Uint8Array([1]);

describe('the IPC contract', () => {
  it('accepts bytes or text to save, and nothing else', () => {
    const save = argsOf('file:save');
    expect(save.safeParse({ suggestedName: 'a.csv', data: bytes }).success).toBe(true);
    expect(save.safeParse({ suggestedName: 'a.csv', data: 'a,b' }).success).toBe(true);
    expect(save.safeParse({ suggestedName: 'a.csv', data: [1, 2] }).success).toBe(false);
    expect(save.safeParse({ suggestedName: '   ', data: 'x' }).success).toBe(false);
  });

  it.each([
    '../x.json',
    '..',
    'a/b.json',
    'a\\b.json',
    'C:x.json',
    'a\u0000.json',
    '의회 예산검토 백업 2024-11-23.json',
    'report.pdf',
    '.bashrc',
    '의회예산검토-자동백업-2024-11-23.cbr-backup.exe',
    '의회예산검토-자동백업-2024-11-23.json',
    '../의회예산검토-자동백업-2024-11-23.cbr-backup',
    'sub/의회예산검토-자동백업-2024-11-23.cbr-backup',
    'sub\\의회예산검토-자동백업-2024-11-23.cbr-backup',
    '의회예산검토-자동백업-2024-11-23.cbr-backup\n',
    '의회예산검토-백업-2024-11-23.cbr-backup',
    '의회예산검토-자동백업-latest.cbr-backup',
  ])('refuses %j as a backup file name', (name) => {
    expect(argsOf('backup:write').safeParse({ folder: '/b', name, bytes }).success).toBe(false);
  });

  it('accepts the automatic backup’s own file name, as the renderer makes it', () => {
    const name = autoBackupFileName(new Date('2024-11-23T09:00:00Z'));
    expect(name).toBe('의회예산검토-자동백업-2024-11-23.cbr-backup');
    expect(argsOf('backup:write').safeParse({ folder: '/b', name, bytes }).success).toBe(true);
  });

  it('takes an empty object for calls without arguments', () => {
    expect(argsOf('app:info').safeParse({}).success).toBe(true);
    expect(argsOf('app:info').safeParse({ path: '/' }).success).toBe(false);
  });
});
