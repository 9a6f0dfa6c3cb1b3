import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../app-origin';
import { createAppProtocolHandler } from '../protocol/app-protocol-handler';

/**
 * Must run before the app is ready. `standard` gives app:// a real origin (IndexedDB, workers,
 * relative URLs); `secure` makes it a secure context; `corsEnabled` lets Vite's
 * `<script type="module" crossorigin>` load from it (same origin; we send no CORS headers, so no
 * other origin can read it).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
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
