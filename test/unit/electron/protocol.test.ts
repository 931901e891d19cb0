// The app:// handler: serves the built renderer with the CSP header and the right MIME
// types, and nothing outside its folder, however the path is spelled.
import os from 'node:os';
import path from 'node:path';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { createBundleHandler, mimeType, resolveBundlePath } from '../../../electron/main/protocol';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'cq-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>村企联建</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'not for the page');
  await mkdir(path.join(base, 'renderer-evil'));
  await writeFile(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  handler = createBundleHandler(root);
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('serving', () => {
  it('serves index.html at app://bundle/ with the CSP header', async () => {
    const res = await get('app://bundle/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await res.text()).toContain('村企联建');
  });
  it('serves a real asset with its MIME type and the CSP header', async () => {
    const res = await get('app://bundle/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('console.log(1)');
  });
  it('answers a client-side route with the app shell', async () => {
    const res = await get('app://bundle/registry/villages');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>');
  });
  it('404s a missing asset instead of sending the shell', async () => {
    expect((await get('app://bundle/assets/missing.js')).status).toBe(404);
  });
  it('404s anything but GET and HEAD', async () => {
    expect((await get('app://bundle/', 'POST')).status).toBe(404);
    expect((await get('app://bundle/', 'HEAD')).status).toBe(200);
  });
  it('maps MIME types by extension', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.SVG')).toBe('image/svg+xml');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.wasm')).toBe('application/wasm');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('path traversal', () => {
  const attempts = [
    'app://bundle/..%2fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/assets%5c..%5c..%5csecret.txt',
    'app://bundle//etc/passwd',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ];

  it.each(attempts)('refuses %s with 404', async (url) => {
    if (url.startsWith('app://')) expect((await get(url)).status).toBe(404);
    expect(resolveBundlePath(root, url)).toBeNull();
  });
  it('refuses ../ even where the URL parser leaves it to the handler', () => {
    expect(resolveBundlePath(root, 'app://bundle/assets/..%2F..%2Frenderer-evil/x.js')).toBeNull();
  });
  // The URL parser (like Chromium before the handler) resolves literal and %2E%2E dot
  // segments itself, never above the root of the URL: they cannot leave the folder.
  it.each(['app://bundle/../../secret.txt', 'app://bundle/%2E%2E/secret.txt', 'app://bundle/assets/.%2e/.%2e/secret.txt'])(
    'URL-normalized %s stays inside the folder',
    async (url) => {
      expect((await get(url)).status).toBe(404);
      expect(resolveBundlePath(root, url)).toBe(path.join(root, 'secret.txt'));
    },
  );
  it('a sibling folder sharing the prefix is outside', () => {
    expect(resolveBundlePath(root, 'app://bundle/x.js')).toBe(path.join(root, 'x.js'));
    expect(path.join(root, 'x.js').startsWith(path.join(base, 'renderer-evil'))).toBe(false);
  });
});
