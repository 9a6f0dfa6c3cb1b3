import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

/** The dialogs a handler may show (in the app: electron's dialog, parented to the main window). */
export interface DialogPort {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

/** The file operations handlers need (in the app: node:fs/promises). */
export interface FilePort {
  size(path: string): Promise<number>;
  read(path: string): Promise<Uint8Array>;
  /** writes to a temporary file beside the target, then renames it into place */
  write(path: string, data: Uint8Array | string): Promise<void>;
}
