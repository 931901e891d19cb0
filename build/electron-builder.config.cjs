// Packaging for the offices' machines: Windows 10/11 (NSIS, x64) and the domestic Linux
// desktops 统信 UOS / 银河麒麟 (deb and AppImage, x64 and arm64). Everything the app runs is
// bundled by Vite, so the package holds only dist/, dist-electron/ and package.json.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  // Never change: Windows ties the taskbar identity to it, and the data path is fixed with it.
  appId: 'cn.gov.zzb.cunqilianjian',
  productName: '村企联建',
  copyright: '村企联建',
  directories: { output: 'release', buildResources: 'build' },
  asar: true,
  files: [
    'dist/**/*',
    'dist-electron/**/*',
    'package.json',
    // Production dependencies are already inside the bundles; without this line
    // electron-builder would copy node_modules in as well.
    '!node_modules/**/*',
  ],
  // No native modules to rebuild.
  npmRebuild: false,
  // RELIABILITY.md: the binary refuses to be used as a plain Node runtime or debugged
  // through flags, and loads only the integrity-checked app.asar.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    grantFileProtocolExtraPrivileges: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/512x512.png',
    executableName: 'cunqi-lianjian',
  },
  nsis: {
    oneClick: false,
    // perMachine false + oneClick false: the installer asks 「仅为我安装」 or 「为所有用户安装」.
    perMachine: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN'],
    language: '2052',
    multiLanguageInstaller: false,
    unicode: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: '村企联建',
    // The data (and the backups, which live elsewhere anyway) stay when uninstalling.
    deleteAppDataOnUninstall: false,
    artifactName: 'cunqi-lianjian-${version}-setup-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    category: 'Office',
    maintainer: '村企联建项目组 <cunqi-lianjian@localhost>',
    vendor: '村企联建项目组',
    synopsis: '村企党组织联建工作管理系统',
    description: '县委组织部村企党组织联建工作的信息库、联建档案、成效台账、督导考评与统计报表。',
    icon: 'build/icons',
    executableName: 'cunqi-lianjian',
    artifactName: 'cunqi-lianjian-${version}-${arch}.${ext}',
    desktop: {
      entry: {
        Name: '村企联建',
        'Name[zh_CN]': '村企联建',
        Comment: '村企党组织联建工作管理系统',
        Categories: 'Office;',
      },
    },
  },
  deb: {
    packageName: 'cunqi-lianjian',
  },
};
