// Child process for the "crash while writing a backup" test: writes one large backup into
// the backup folder through the real main-process service, and gets killed half-way by the
// parent. TypeScript sources are loaded through Vite's module runner.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const load = async (file) =>
  (await runnerImport(path.join(root, file), {
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': path.join(root, 'shared') } },
  })).module;

const [userDataDir, documentsDir, homeDir, name, megabytes] = process.argv.slice(2);
const { writeBackup } = await load('electron/services/backup-files.ts');
const { createConfigStore } = await load('electron/services/config.ts');
const deps = { config: createConfigStore(userDataDir), documentsDir, homeDir, userDataDir };
const bytes = new Uint8Array(Number(megabytes) * 1024 * 1024).fill(0x41);
process.stdout.write('writing\n');
const result = await writeBackup(deps, { name, bytes });
process.stdout.write(`${JSON.stringify(result)}\n`);
