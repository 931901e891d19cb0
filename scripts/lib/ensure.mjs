// What `npm start` and `npm test` install before they run, on a fresh clone or a fresh
// Debian machine. Uses nothing but Node itself, since node_modules may not exist yet.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`失败：${command} ${args.join(' ')}`);
    console.error(`Failed: ${command} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

/** npm packages: `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNpmPackages() {
  const installed = `${ROOT}/node_modules/.package-lock.json`;
  const lock = `${ROOT}/package-lock.json`;
  if (existsSync(installed) && readFileSync(installed, 'utf8').length > 0) {
    const want = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
    const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
    const stale = Object.entries(want).some(([k, v]) => k !== '' && !v.optional && have[k]?.version !== v.version);
    if (!stale) return;
  }
  console.log('正在安装 npm 依赖（npm ci）……');
  console.log('Installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function isInstalled(pkg) {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return status.includes('install ok installed');
  } catch {
    return false;
  }
}

/**
 * Debian packages the tests need: installed with apt-get when running as root (or with sudo
 * when it asks no password); otherwise the exact command to run is printed and we stop.
 */
export function ensureDebianPackages(packages) {
  if (!existsSync('/usr/bin/dpkg-query')) {
    console.error('这台电脑不是 Debian/Ubuntu：请自行安装以下软件包后再运行：' + packages.join(' '));
    console.error('Not a Debian machine: install these packages, then run again: ' + packages.join(' '));
    process.exit(1);
  }
  const missing = packages.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo'] : null;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!sudo) {
    console.error('缺少测试所需的 Debian 软件包，请以管理员身份运行：');
    console.error('Debian packages the tests need are missing; run as root:');
    console.error(`  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`正在安装 Debian 软件包：${missing.join(' ')}`);
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', 'update', '-qq'] : ['update', '-qq'], { env });
  run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}
