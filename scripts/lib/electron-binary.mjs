// Finds the Electron executable the `electron` package installed, without importing the
// package: since Electron 45, require('electron') starts a download when the binary is
// missing, which on an offline office machine (or this build machine) hangs or fails.
// Same lookup as node_modules/electron/index.js, minus the download.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of an existing Electron executable, or null. */
export function installedElectron(env = process.env) {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    : executable && path.join(packageDir, 'dist', executable);
  return candidate && existsSync(candidate) ? candidate : null;
}

export function inCi(env = process.env) {
  const ci = env.CI;
  return Boolean(ci) && ci !== 'false' && ci !== '0';
}
