import { app, session, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import { isAppUrl } from '../app-origin';
import { isPermissionGranted } from '../permissions';

/**
 * App-wide hardening (Electron security checklist): every web contents may only show our own
 * origin, opens no windows and attaches no webviews; the session grants no permission (except
 * clipboard writes by our own page, see permissions.ts) and adds the app's CSP to every response.
 */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  void app.whenReady().then(() => hardenSession(session.defaultSession));
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER],
      },
    });
  });
}
