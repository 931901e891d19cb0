// `npm start`: the desktop app when an Electron binary is installed (and not in CI);
// otherwise the browser edition, built and served on 127.0.0.1.
import { preview } from 'vite';
import { inCi, installedElectron } from './electron-binary.mjs';
import { buildElectron, buildRenderer, launchElectron, RENDERER_CONFIG, say, step } from './run.mjs';

const PORT = 5178;

async function startElectron(executable) {
  say('正在构建桌面版……', 'Building the desktop app…');
  await step('构建界面', 'building the user interface', buildRenderer);
  await step('构建桌面外壳', 'building the Electron shell', buildElectron);
  say('正在启动村企联建……', 'Starting 村企联建…');
  const code = await step('启动 Electron', 'launching Electron', () => launchElectron(executable));
  process.exit(code);
}

async function startBrowserEdition(reason) {
  say('正在构建浏览器版……', 'Building the browser edition…');
  await step('构建浏览器版', 'building the browser edition', buildRenderer);
  const server = await step('启动本地服务', 'starting the local server', () =>
    preview({
      configFile: RENDERER_CONFIG,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: PORT, strictPort: false, open: false },
    }),
  );
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${PORT}/`;
  console.log(`浏览器版已启动：${url} （${reason.chinese}）`);
  console.log(`Browser edition running at ${url} (${reason.english}).`);
  say('按 Ctrl+C 停止。', 'Press Ctrl+C to stop.');
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const electron = installedElectron();
if (electron && !inCi()) {
  await startElectron(electron);
} else {
  await startBrowserEdition(
    electron
      ? { chinese: '在 CI 中运行，已改用浏览器版', english: 'running in CI, so the browser edition is used' }
      : {
          chinese: '未安装 Electron 运行文件，已改用浏览器版',
          english: 'no Electron binary is installed, so the browser edition is used',
        },
  );
}
