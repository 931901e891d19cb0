import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp.ts';
import pkg from './package.json' with { type: 'json' };

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The built app carries its CSP as a meta tag (dev mode is left without it because
// Vite's hot reload injects inline scripts). frame-ancestors only works as a header (which
// Electron sends), so the meta tag leaves it out rather than log a warning on every start.
function cspMeta(): Plugin {
  const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
      ),
  };
}

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    alias: {
      '@shared': here('./shared'),
      '@renderer': here('./renderer/src'),
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: process.env.CQ_OUT_DIR ?? here('./dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'chrome120',
    rollupOptions: {
      output: {
        // What the entry imports statically (React, antd's core, Dexie, the startup gate) goes
        // into two files instead of dozens of small shared chunks: the first screen waited
        // most of a second on ~45 module files over HTTP/1.1's six connections. Everything a
        // page loads lazily keeps the automatic splitting.
        codeSplitting: {
          groups: [
            { name: 'startup-vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'startup', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
