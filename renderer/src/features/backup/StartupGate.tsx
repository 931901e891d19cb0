// Stands before the app: nothing is shown (and nothing can write) until the database is
// open at the current schema and the empty-store guard has passed. The screens here have
// their own ConfigProvider because the app's providers are not mounted yet.
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import { Notice } from '../../ui/Notice';
import zhCN from 'antd/locale/zh_CN';
import { getDatabase } from '../../db/app-database';
import { appMarkers, appShelf } from './instance';
import { prepareStore, type StartupOutcome } from './startup';
import { lazyComponent } from '../../app/lazy';
import { APP_THEME } from '../../app/theme';

// Rare screens (and the restore preview they can open): loaded only when shown.
const EmptyStoreGuard = lazyComponent<{ outcome: Exclude<StartupOutcome, { kind: 'ready' | 'newer-data' | 'upgrade-failed' }>; onContinue: () => void }>(() => import('./EmptyStoreGuard'), 'EmptyStoreGuard');
const UpgradeFailed = lazyComponent<{ outcome: Extract<StartupOutcome, { kind: 'upgrade-failed' }> }>(() => import('./UpgradeFailed'), 'UpgradeFailed');

let started: Promise<StartupOutcome> | undefined;

/** Runs once per page load, even if React mounts the gate twice (StrictMode). */
function startOnce(): Promise<StartupOutcome> {
  started ??= prepareStore({ db: getDatabase(), shelf: appShelf(), markers: appMarkers(), appVersion: __APP_VERSION__ }).catch(
    (error: unknown): StartupOutcome => ({ kind: 'upgrade-failed', fromVersion: 0, reason: error instanceof Error ? error.message : String(error) }),
  );
  return started;
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={APP_THEME}>
      <AntApp style={{ minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>{children}</AntApp>
    </ConfigProvider>
  );
}

export function StartupGate({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<StartupOutcome>();
  useEffect(() => {
    void startOnce().then(setOutcome);
  }, []);

  if (!outcome) {
    return (
      <Frame>
        <Spin size="large" />
        <span style={{ marginLeft: 12 }}>正在打开数据……</span>
      </Frame>
    );
  }
  if (outcome.kind === 'ready') return children;
  if (outcome.kind === 'newer-data') {
    return (
      <Frame>
        <Notice kind="warning" title="请使用较新版本的程序打开" subTitle={`${outcome.reason}。为免数据损坏，本程序不会打开它；数据未做任何更改。`} />
      </Frame>
    );
  }
  return (
    <Frame>
      <Suspense fallback={<Spin size="large" />}>
      {outcome.kind === 'upgrade-failed' ? (
        <UpgradeFailed outcome={outcome} />
      ) : (
        <EmptyStoreGuard outcome={outcome} onContinue={() => setOutcome({ kind: 'ready' })} />
      )}
      </Suspense>
    </Frame>
  );
}
