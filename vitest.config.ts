import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = { '@shared': here('./shared'), '@renderer': here('./renderer/src') };

// Projects: unit (Node: shared code and the main process with electron mocked),
// dom (jsdom: renderer components), db (Dexie over fake-indexeddb), e2e (Playwright
// driving Debian's Chromium against the built browser edition), bench (figures, not tests).
export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    // Vitest's default leaves one core idle (2 cores → 1 worker); the unit, DOM and store files
    // are CPU-bound and independent, so every core runs one (unit step 183 s → 135 s on 2 cores).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // The files share each worker's module cache (shared code holds no state a file
          // could leak into the next): docx, ExcelJS and the model load once per worker instead
          // of once per file. The store and DOM projects stay isolated (a fresh fake IndexedDB
          // and document per file).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          environment: 'node',
          include: ['test/db/**/*.test.ts'],
          setupFiles: ['test/setup/db.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Three on two cores: a test spends much of its time waiting (on LibreOffice, pdftotext,
          // downloads, IndexedDB, the app's own done states), and two workers kept the cores ~80%
          // busy; three keep them full. All 54 tests passed with three at a load of 15–20.
          maxWorkers: 3,
          // A worker runs its files one after another in one module context: Playwright,
          // ExcelJS and the helpers load once per worker (~3 s of CPU a file otherwise), and one
          // Chromium per worker (support/app.ts). Every session is still a fresh browser
          // context; the helpers hold no state between files.
          isolate: false,
          // No retries: a test that fails now and then has a cause to find, and a retry would hide
          // the next real fault too.
          retry: 0,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: ['test/bench/**/*.bench.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 600_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
