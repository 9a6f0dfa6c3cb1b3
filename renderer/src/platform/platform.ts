/** The one interface between the renderer and the outside world: Electron or a plain browser. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** set (and `bytes` left empty) when the file is larger than the app reads: never read whole */
  size?: number;
}

export interface Platform {
  kind: 'electron' | 'browser';
  /** asks the user for files; resolves [] when cancelled */
  openFiles(options: { accept: readonly string[]; multiple?: boolean }): Promise<PickedFile[]>;
  /** saves data where the user chooses (Electron: save dialog; browser: download); false when cancelled */
  saveFile(suggestedName: string, data: Uint8Array | string, mimeType?: string): Promise<boolean>;
  /**
   * Prints the current page (the print view) to PDF. Electron: printToPDF then a save dialog;
   * browser: the print dialog (the user picks "Save as PDF").
   */
  printToPdf(options: {
    title: string;
    suggestedName: string;
    landscape?: boolean;
  }): Promise<'saved' | 'cancelled' | 'print-dialog'>;
  appInfo(): Promise<{ name: string; version: string; platform: string }>;
  /**
   * Electron only: asks for a folder for automatic backups; null when cancelled. Main remembers
   * the folder and writeBackup refuses any other.
   */
  chooseBackupFolder?(): Promise<string | null>;
  /** Electron only: writes one backup file (a plain name, no path) into the chosen folder. */
  writeBackup?(folder: string, name: string, bytes: Uint8Array): Promise<void>;
  /** Electron only: the application menu's commands (파일 › 보고서 가져오기…); returns unsubscribe. */
  onMenuCommand?(listener: (command: 'import-report') => void): () => void;
}
