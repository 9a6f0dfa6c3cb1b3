import type { IpcResult } from '../../shared/ipc-contract';
import { defaultSavePath } from './file-names';
import type { ParsedArgs } from './guard';
import type { DialogPort, FilePort } from './ports';

/** The part of WebContents this handler uses. */
export interface PrintablePage {
  printToPDF(options: {
    pageSize: 'A4';
    landscape: boolean;
    printBackground: boolean;
    displayHeaderFooter: boolean;
    preferCSSPageSize: boolean;
    margins: { top: number; bottom: number; left: number; right: number };
  }): Promise<Uint8Array>;
}

export interface PrintToPdfDeps {
  dialog: DialogPort;
  files: FilePort;
  defaultFolder: string;
}

/**
 * Renders the calling page (the print view, already laid out in A4 pages by its print CSS) to PDF,
 * then asks where to save it. Page headers come from the page itself, not from Chromium.
 */
export async function printToPdf(
  deps: PrintToPdfDeps,
  page: PrintablePage,
  args: ParsedArgs<'pdf:print'>,
): Promise<IpcResult<'pdf:print'>> {
  const pdf = await page.printToPDF({
    pageSize: 'A4',
    landscape: args.landscape ?? false,
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    // the print view's @page rule sets the page margins; Electron's own defaults would add to them
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
  const name = args.suggestedName.toLowerCase().endsWith('.pdf')
    ? args.suggestedName
    : `${args.suggestedName}.pdf`;
  const choice = await deps.dialog.showSaveDialog({
    title: args.title ? `PDF로 저장 — ${args.title}` : 'PDF로 저장',
    defaultPath: defaultSavePath(deps.defaultFolder, name),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await deps.files.write(choice.filePath, pdf);
  return { saved: true, path: choice.filePath };
}
