// Preloaded into Electronegativity's process by scripts/security-scan.mjs (node -r).
// 1. Its TypeScript parser (typescript-estree 4) must get the TypeScript 4.2 that
//    Electronegativity ships, not the project's TypeScript 7 (whose package has no JS API).
// 2. It must run offline: its only network calls (translations, Electron release notes)
//    go through `got`, which is replaced by a stub that fails at once.
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const bundledTypeScript = path.join(root, 'node_modules/@doyensec/electronegativity/node_modules/typescript');
const offlineGot = path.join(__dirname, 'offline-got.cjs');
const original = Module._resolveFilename;

Module._resolveFilename = function resolve(request, parent, ...rest) {
  const from = parent?.filename ?? '';
  if (request === 'typescript' && /[\\/](@typescript-eslint|tsutils)[\\/]/.test(from)) {
    return original.call(this, bundledTypeScript, parent, ...rest);
  }
  if (request === 'got' && /[\\/]@doyensec[\\/]electronegativity[\\/]/.test(from)) return offlineGot;
  return original.call(this, request, parent, ...rest);
};
