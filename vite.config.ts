import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The built app carries its CSP as a meta tag (dev mode is left without it because
// Vite's hot reload injects inline scripts).
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react(), cspMeta()],
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
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
