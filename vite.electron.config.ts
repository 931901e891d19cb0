// Builds the Electron side: the main process and the preload, each as one CommonJS file.
// Two separate builds (two environments) so the preload never shares a chunk with main:
// a sandboxed preload can require only `electron`, so it must be self-contained.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const external = ['electron', /^electron\/.+/, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function cjsBundle(entry: string, outDir: string): EnvironmentOptions {
  return {
    consumer: 'server',
    // zod and shared/ are bundled: the packaged app ships no node_modules.
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir: here(outDir),
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: here(entry), formats: ['cjs'], fileName: () => 'index.cjs' },
      rolldownOptions: { external, output: { codeSplitting: false } },
    },
  };
}

export default defineConfig({
  resolve: { alias: { '@shared': here('./shared') } },
  publicDir: false,
  environments: {
    main: cjsBundle('./electron/main/index.ts', './dist-electron/main'),
    preload: cjsBundle('./electron/preload/index.ts', './dist-electron/preload'),
    // Spreadsheet parsing in a worker thread with resource limits (electron/services/parse-thread.ts).
    parseWorker: cjsBundle('./electron/workers/parse-worker/index.ts', './dist-electron/parse-worker'),
  },
  builder: {
    buildApp: async (builder) => {
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
      await builder.build(builder.environments.parseWorker!);
    },
  },
});
