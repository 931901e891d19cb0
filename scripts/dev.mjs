// `npm run dev`: Vite's dev server with hot reload on 127.0.0.1; with an Electron binary,
// also the desktop shell pointed at it through CQ_DEV_SERVER_URL (changes under electron/
// need a restart).
import { createServer } from 'vite';
import { inCi, installedElectron } from './lib/electron-binary.mjs';
import { buildElectron, launchElectron, RENDERER_CONFIG, say, step } from './lib/run.mjs';

const server = await step('启动开发服务器', 'starting the dev server', async () => {
  const s = await createServer({
    configFile: RENDERER_CONFIG,
    server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  });
  await s.listen();
  return s;
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
const stop = (code) => void server.close().finally(() => process.exit(code));
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

const electron = installedElectron();
if (electron && !inCi()) {
  await step('构建桌面外壳', 'building the Electron shell', buildElectron);
  say(`开发服务器：${url}，正在启动 Electron……`, `Dev server at ${url}; starting Electron…`);
  const code = await step('启动 Electron', 'launching Electron', () =>
    launchElectron(electron, { CQ_DEV_SERVER_URL: url }),
  );
  stop(code);
} else {
  console.log(`开发服务器已启动：${url} （未安装 Electron 运行文件，请在浏览器中打开，修改后自动刷新）`);
  console.log(`Dev server running at ${url} (no Electron binary installed; open it in a browser, it reloads on change).`);
  say('按 Ctrl+C 停止。', 'Press Ctrl+C to stop.');
}
