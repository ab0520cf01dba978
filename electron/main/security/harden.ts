import type { App, Session, Shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isSafeExternalUrl } from './trusted-url';
import type { Logger } from '../ports';

/**
 * App-wide defences, applied once before any window exists: every page gets the CSP, permission
 * requests (camera, notifications from web content, geolocation…) are refused, navigation away
 * from the app and new windows are denied (safe links go to the OS browser instead), webviews are
 * never attached.
 */
export function hardenApp(app: App, session: Session, shell: Shell, log: Logger): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) {
        event.preventDefault();
        log.warn('navigation refused', { url: url.slice(0, 200) });
      }
    });
    contents.on('will-redirect', (event, url) => {
      event.preventDefault();
      log.warn('redirect refused', { url: url.slice(0, 200) });
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) {
        void shell.openExternal(url);
      } else {
        log.warn('window.open refused', { url: url.slice(0, 200) });
      }
      return { action: 'deny' };
    });
  });
}
