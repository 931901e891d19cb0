// What the page may not do, whatever script ends up running in it: ask for permissions,
// navigate away from the app, open windows, or embed <webview>. Stored data never reaches
// shell.openExternal — there is no call to it anywhere in the app.
import type { App, Session, WebContents } from 'electron';
import type { UrlCheck } from './origin';

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function setupSessionSecurity(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function setupContentsSecurity(contents: GuardedContents, isAppUrl: UrlCheck): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the guards to every webContents the app ever creates, not just the main window. */
export function setupSecurity(app: Pick<App, 'on'>, isAppUrl: UrlCheck): void {
  app.on('web-contents-created', (_event, contents) => setupContentsSecurity(contents, isAppUrl));
}
