import type { IpcApi } from '@shared/ipc-contract';

declare global {
  interface Window {
    /** set by electron/preload.ts; absent in a plain browser */
    cbr?: IpcApi;
  }
}

export {};
