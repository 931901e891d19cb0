// `npm test`: everything the README promises, on a fresh clone of a fresh Debian machine.
// Installs what the tests need (the Debian packages — Chromium, Chinese fonts, LibreOffice and
// poppler for the document tests — and the npm packages), then runs, in order and stopping at
// the first failure: the typecheck, lint, the security scan, the unit / DOM / store tests and
// the end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { ensureDebianPackages, ensureNpmPackages } from './lib/ensure.mjs';

export const TEST_PACKAGES = ['chromium', 'fonts-noto-cjk', 'libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils'];

ensureDebianPackages(TEST_PACKAGES);
ensureNpmPackages();
for (const script of ['typecheck', 'lint', 'security', 'test:unit', 'test:e2e']) {
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  console.log(`— ${script}: ${r.status === 0 ? '通过 passed' : '失败 failed'} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}
