// Builds the browser edition once per run into a private folder (so parallel runs never
// share output) and serves it on 127.0.0.1 with Vite's preview server. Set CQ_E2E_DIST to
// an already built folder to skip the build while iterating.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export default async function setup(project: TestProject) {
  let outDir = process.env.CQ_E2E_DIST;
  let ownsDir = false;
  if (!outDir) {
    outDir = mkdtempSync(join(tmpdir(), 'cq-e2e-dist-'));
    ownsDir = true;
    // Vitest sets NODE_ENV=test, which libraries (antd's ids among them) would bake into the
    // bundle; the e2e tests must drive the same production build users get.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  const server = await preview({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  project.provide('distDir', outDir);
  // The e2e files share their worker's Chromium (support/app.ts); the benchmarks' files each
  // start their own, as they measured before.
  project.provide('browserPerWorker', project.name === 'e2e');
  return async () => {
    await server.close();
    if (ownsDir) rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built browser edition being served (the benchmarks read its chunk sizes). */
    distDir: string;
    /** Whether a worker's test files share its Chromium (e2e) or each file starts its own. */
    browserPerWorker: boolean;
  }
}
