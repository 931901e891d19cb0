// The packaging configuration: fuses, identity, contents and targets, read from the real
// electron-builder config and the real Vite config for the Electron side.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../electron/main/identity';
import electronViteConfig from '../../../vite.electron.config';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const require = createRequire(import.meta.url);
const config = require(root('build/electron-builder.config.cjs'));
const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8'));

type Target = { target: string; arch: string[] };

describe('fuses (RELIABILITY.md)', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['grantFileProtocolExtraPrivileges', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
  ])('%s: %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });
});

describe('identity and contents', () => {
  it('appId is cn.gov.zzb.cunqilianjian, the same as the main process uses', () => {
    expect(config.appId).toBe('cn.gov.zzb.cunqilianjian');
    expect(config.appId).toBe(APP_ID);
  });
  it('productName is 村企联建', () => expect(config.productName).toBe('村企联建'));
  it('asar: true', () => expect(config.asar).toBe(true));
  it('ships dist, dist-electron and package.json only (node_modules excluded)', () => {
    expect(config.files).toEqual(['dist/**/*', 'dist-electron/**/*', 'package.json', '!node_modules/**/*']);
  });
  it('package.json main is the built main process', () => {
    expect(pkg.main).toBe('dist-electron/main/index.cjs');
  });
  it('the icon is a 512×512 PNG', () => {
    const png = readFileSync(root('build/icons/512x512.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(config.win.icon).toBe('build/icons/512x512.png');
    expect(config.linux.icon).toBe('build/icons');
  });
});

describe('targets', () => {
  it('Windows: NSIS x64', () => expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]));
  it('NSIS: Chinese, per-user or per-machine choice, shortcuts', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['zh_CN'],
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
  });
  it('Linux: deb and AppImage, x64 and arm64', () => {
    const targets = config.linux.target as Target[];
    expect(targets.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of targets) expect(t.arch.sort()).toEqual(['arm64', 'x64']);
  });
  it('Linux: category Office and a maintainer', () => {
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });
});

describe('vite.electron.config.ts', () => {
  const environments = (electronViteConfig as { environments: Record<string, { build: Record<string, unknown> }> })
    .environments;

  it.each([
    ['main', 'dist-electron/main'],
    ['preload', 'dist-electron/preload'],
  ])('%s builds one CJS file, index.cjs, into %s', (name, outDir) => {
    const build = environments[name]!.build as {
      outDir: string;
      lib: { formats: string[]; fileName: () => string };
      rolldownOptions: { external: unknown[]; output: { codeSplitting: boolean } };
    };
    expect(build.outDir).toBe(root(outDir));
    expect(build.lib.formats).toEqual(['cjs']);
    expect(build.lib.fileName()).toBe('index.cjs');
    expect(build.rolldownOptions.output.codeSplitting).toBe(false);
    expect(build.rolldownOptions.external).toContain('electron');
    expect(build.rolldownOptions.external).not.toContain('zod');
  });
});
