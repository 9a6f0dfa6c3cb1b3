import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../app-origin';
import { createAppProtocolHandler } from '../protocol/app-protocol-handler';

/** Must run before the app is ready: app:// gets an origin, storage (IndexedDB) and fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** After ready: serve the built renderer folder on app://bundle/. */
export function setupProtocol(rendererRoot: string): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererRoot, (file) => readFile(file)),
  );
}
