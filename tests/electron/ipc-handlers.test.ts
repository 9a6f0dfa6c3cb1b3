import { describe, expect, it, vi } from 'vitest';
import { writeBackup, chooseBackupFolder } from '../../electron/ipc/backup';
import { openFiles } from '../../electron/ipc/open-files';
import { printToPdf } from '../../electron/ipc/print-to-pdf';
import { saveFile } from '../../electron/ipc/save-file';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';

function fakes(contents: Record<string, string> = {}) {
  const written = new Map<string, Uint8Array | string>();
  return {
    written,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    files: {
      size: vi.fn(async (path: string) => contents[path]?.length ?? 0),
      read: vi.fn(async (path: string) => new TextEncoder().encode(contents[path] ?? '')),
      write: vi.fn(async (path: string, data: Uint8Array | string) => {
        written.set(path, data);
      }),
    },
    defaultFolder: '/home/clerk/Documents',
  };
}

describe('dialog:openFiles', () => {
  it('returns no files when the dialog is cancelled', async () => {
    const deps = fakes();
    deps.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(openFiles(deps, { accept: ['.txt'] })).resolves.toEqual([]);
  });

  it('reads each chosen file with its base name', async () => {
    const deps = fakes({ '/r/2024 보고.txt': '주요업무', '/r/b.csv': 'a,b' });
    deps.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/r/2024 보고.txt', '/r/b.csv'],
    });
    const picked = await openFiles(deps, { accept: ['.txt', 'text/csv'], multiple: true });
    expect(picked.map((file) => file.name)).toEqual(['2024 보고.txt', 'b.csv']);
    expect(new TextDecoder().decode(picked[0]?.bytes)).toBe('주요업무');
    expect(deps.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [{ extensions: ['txt', 'csv'] }, { extensions: ['*'] }],
    });
  });

  it('does not read a file over the size limit but names it with its size, for the renderer to refuse', async () => {
    const deps = fakes();
    deps.files.size.mockResolvedValue(MAX_IPC_FILE_BYTES + 1);
    deps.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/r/huge.pdf'] });
    const picked = await openFiles(deps, { accept: [] });
    expect(picked).toEqual([
      { name: 'huge.pdf', bytes: new Uint8Array(), size: MAX_IPC_FILE_BYTES + 1 },
    ]);
    expect(deps.files.read).not.toHaveBeenCalled();
  });
});

describe('file:save', () => {
  it('writes the data where the user chose', async () => {
    const deps = fakes();
    deps.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/d/notes.csv' });
    await expect(saveFile(deps, { suggestedName: 'notes.csv', data: 'a,b' })).resolves.toEqual({
      saved: true,
      path: '/d/notes.csv',
    });
    expect(deps.written.get('/d/notes.csv')).toBe('a,b');
  });

  it('starts the dialog in the documents folder with a name stripped of folders', async () => {
    const deps = fakes();
    deps.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(saveFile(deps, { suggestedName: '../../etc/passwd', data: 'x' })).resolves.toEqual(
      { saved: false },
    );
    expect(deps.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: '/home/clerk/Documents/_.._etc_passwd',
    });
    expect(deps.files.write).not.toHaveBeenCalled();
  });
});

describe('pdf:print', () => {
  it('prints the page on A4 with backgrounds and the page CSS size, then saves the PDF', async () => {
    const deps = fakes();
    deps.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/d/pack.pdf' });
    const pdf = new Uint8Array([37, 80, 68, 70]);
    const page = { printToPDF: vi.fn(async () => pdf) };
    const result = await printToPdf(deps, page, {
      title: '브리핑',
      suggestedName: '브리핑 자료',
      landscape: true,
    });
    expect(result).toEqual({ saved: true, path: '/d/pack.pdf' });
    expect(page.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(deps.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: '/home/clerk/Documents/브리핑 자료.pdf',
    });
    expect(deps.written.get('/d/pack.pdf')).toBe(pdf);
  });

  it('saves nothing when the user cancels', async () => {
    const deps = fakes();
    deps.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const page = { printToPDF: vi.fn(async () => new Uint8Array()) };
    await expect(printToPdf(deps, page, { title: '', suggestedName: 'a.pdf' })).resolves.toEqual({
      saved: false,
    });
    expect(deps.files.write).not.toHaveBeenCalled();
  });
});

describe('automatic backups', () => {
  function backupDeps(chosen: string | null) {
    let folder = chosen;
    return {
      ...fakes(),
      folder: { get: () => folder, set: (value: string) => (folder = value) },
    };
  }
  const bytes = new Uint8Array([1, 2, 3]);

  it('remembers the folder the user chose', async () => {
    const deps = backupDeps(null);
    deps.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/backups'] });
    await expect(chooseBackupFolder(deps)).resolves.toEqual({ folder: '/backups' });
    expect(deps.folder.get()).toBe('/backups');
  });

  const NAME = '의회예산검토-자동백업-2024-11-23.cbr-backup';

  it('writes a backup into the chosen folder', async () => {
    const deps = backupDeps('/backups');
    await expect(writeBackup(deps, { folder: '/backups', name: NAME, bytes })).resolves.toEqual({
      saved: true,
      path: `/backups/${NAME}`,
    });
    expect(deps.written.get(`/backups/${NAME}`)).toBe(bytes);
  });

  it.each([
    'cbr-2024.json',
    'notes.docx',
    '.bashrc',
    `../${NAME}`,
    `sub/${NAME}`,
    `${NAME}.exe`,
    '의회예산검토-자동백업-2024-11-23.json',
  ])('refuses to write %j, a name other than the automatic backup’s own', async (name) => {
    const deps = backupDeps('/backups');
    await expect(writeBackup(deps, { folder: '/backups', name, bytes })).rejects.toThrow(
      /is not an automatic backup's file name/,
    );
    expect(deps.files.write).not.toHaveBeenCalled();
  });

  it('refuses a folder other than the chosen one', async () => {
    const deps = backupDeps('/backups');
    await expect(writeBackup(deps, { folder: '/etc', name: NAME, bytes })).rejects.toThrow(
      '/etc is not the backup folder chosen in this app (/backups)',
    );
    expect(deps.files.write).not.toHaveBeenCalled();
  });

  it('refuses to write before any folder was chosen', async () => {
    await expect(
      writeBackup(backupDeps(null), { folder: '/backups', name: NAME, bytes }),
    ).rejects.toThrow(/no backup folder was chosen/);
  });
});
