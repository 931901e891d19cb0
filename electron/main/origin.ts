// Which URLs count as "the app". Compared by protocol + host, never by `URL.origin`:
// a custom scheme has an opaque origin, so new URL('app://anything').origin === 'null'
// and an origin compare would let every app:// URL (and every other opaque one) through.
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function sameProtocolAndHost(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  return x !== null && y !== null && x.protocol === y.protocol && x.host === y.host && x.host !== '';
}

export type UrlCheck = (url: string) => boolean;

/** The app's own pages: app://bundle/, plus the Vite dev server while developing. */
export function createAppUrlCheck(devServerUrl: string | null): UrlCheck {
  const allowed = devServerUrl ? [APP_URL, devServerUrl] : [APP_URL];
  return (url) => allowed.some((a) => sameProtocolAndHost(url, a));
}

/**
 * The dev server is trusted only in an unpackaged run and only on the loopback address,
 * so an environment variable can never point an installed app at a remote page.
 */
export function devServerUrl(isPackaged: boolean, env: Record<string, string | undefined>): string | null {
  const raw = env.CQ_DEV_SERVER_URL;
  if (isPackaged || !raw) return null;
  const url = parse(raw);
  if (!url || url.protocol !== 'http:') return null;
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') return null;
  return url.href;
}
