import { version } from '../../../package.json';
import {
  acceptAttribute,
  downloadFileName,
  downloadMimeType,
  printTitle,
  readPicked,
} from './browser-files';
import type { PickedFile, Platform } from './platform';

/** The plain-browser platform: a file input, a download link, and the browser's print dialog. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    openFiles: (options) => pickFiles(acceptAttribute(options.accept), options.multiple ?? false),
    saveFile: async (suggestedName, data, mimeType) => {
      const name = downloadFileName(suggestedName);
      const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
      download(new Blob([part], { type: downloadMimeType(name, mimeType) }), name);
      return true;
    },
    printToPdf: async ({ suggestedName }) => {
      const previousTitle = document.title;
      document.title = printTitle(suggestedName);
      try {
        window.print();
      } finally {
        document.title = previousTitle;
      }
      return 'print-dialog';
    },
    appInfo: async () => ({ name: '의회 예산검토', version, platform: 'web' }),
  };
}

function pickFiles(accept: string, multiple: boolean): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      finish();
      Promise.all(files.map(readPicked)).then(resolve, reject);
    });
    document.body.append(input);
    input.click();
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started once click() returns; revoke a little later for slow browsers
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
