// `npm start` on a fresh clone: installs the npm packages first if they are missing or out of
// date, then starts the desktop app (or the browser edition where no Electron binary runs).
import { ensureNpmPackages } from './lib/ensure.mjs';

ensureNpmPackages();
await import('./lib/start-app.mjs');
