// Shared plumbing for `npm start` and `npm run dev`: bilingual messages, failures without
// stack traces, the Vite builds, and launching Electron.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, createBuilder } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
export const ELECTRON_CONFIG = fileURLToPath(new URL('../../vite.electron.config.ts', import.meta.url));

export function say(chinese, english) {
  console.log(chinese);
  console.log(english);
}

// One readable line: Rolldown wraps the real error in "Build failed with 1 error:" and a
// "[plugin …]" header, and the rest is a stack the user does not need.
function reasonOf(error) {
  const inner = Array.isArray(error?.errors) && error.errors.length > 0 ? error.errors[0] : error;
  const text = typeof inner?.message === 'string' ? inner.message : String(inner);
  const lines = text
    .split('\n')
    // eslint-disable-next-line no-control-regex
    .map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').trim())
    .filter((l) => l !== '' && !['Build failed', '[plugin ', 'at '].some((noise) => l.startsWith(noise)));
  return (lines[0] ?? '').slice(0, 300);
}

/** Runs `step`; on failure prints what failed in Chinese and English and exits non-zero. */
export async function step(chinese, english, run) {
  try {
    return await run();
  } catch (error) {
    console.error(`失败：${chinese}。`);
    console.error(`Failed: ${english}.`);
    const reason = reasonOf(error);
    if (reason) console.error(`原因 / Reason: ${reason}`);
    process.exit(1);
  }
}

export function buildRenderer() {
  return build({ configFile: RENDERER_CONFIG, logLevel: 'warn' });
}

export async function buildElectron() {
  const builder = await createBuilder({ configFile: ELECTRON_CONFIG, logLevel: 'warn' });
  await builder.buildApp();
}

/** Starts Electron on the project folder; resolves with its exit code. */
export function launchElectron(executable, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...extraEnv };
    // Would turn the Electron binary into plain Node (packaged builds have the fuse off anyway).
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(executable, ['.'], { cwd: ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
