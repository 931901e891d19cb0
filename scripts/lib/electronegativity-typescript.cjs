// Loaded with `node -r` before Electronegativity. Its parser (@typescript-eslint's
// typescript-estree) needs the TypeScript compiler's JS API, but the project's
// `typescript` is version 7 (the native compiler), which has none. Electronegativity ships
// its own TypeScript 4 in its node_modules; point `require('typescript')` at that copy.
const Module = require('node:module');
const path = require('node:path');
const { existsSync } = require('node:fs');

const scanner = path.dirname(require.resolve('@doyensec/electronegativity/package.json', { paths: [process.cwd()] }));
const bundled = path.join(scanner, 'node_modules', 'typescript');

if (existsSync(bundled)) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveTypescript(request, ...rest) {
    return resolve.call(this, request === 'typescript' ? bundled : request, ...rest);
  };
}
