// The first start: with an empty store and no office details yet, before anything else the
// user either fills in the office's details in a short form or loads the sample county (示例数据).
// Decided once per start, so clearing the sample later does not bring it back mid-session.
// The guard for an empty store that the marker says held data (EmptyStoreGuard) comes before.
// The screen itself loads only when it is needed.
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Spin } from 'antd';
import { getDatabase } from '../../db/app-database';
import type { AppDatabase } from '../../db/database';
import { currentSampleBatch, isStoreEmpty } from '../../db/sample-state';
import { readSetting } from '../../db/setting-read';
import { markStoreReady } from '../../db/store-ready';
import { lazyComponent } from '../../app/lazy';

const loadFirstStart = () => import('./FirstStart');
const FirstStart = lazyComponent<{ onDone: () => void }>(loadFirstStart, 'FirstStart');

/** Starts loading the first-start screen now (a profile that has never been past it), in parallel with opening the database. */
export function preloadFirstStart(): void {
  void loadFirstStart().catch(() => undefined);
}

/** True when nothing is stored yet: no records, no sample, no office details. */
export async function needsFirstStart(db: AppDatabase): Promise<boolean> {
  if (!(await isStoreEmpty(db)) || (await currentSampleBatch(db))) return false;
  return !(await readSetting(db, 'office')).unitName;
}

const waiting = <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;

/** `onPast` is told when the app goes past the gate (checked or the first start done). */
export function FirstStartGate({ children, onPast }: { children: ReactNode; onPast?: () => void }) {
  const [state, setState] = useState<'checking' | 'ask' | 'done'>('checking');
  useEffect(() => {
    let live = true;
    void needsFirstStart(getDatabase())
      .catch(() => false)
      .then((need) => {
        // Before the frame renders: reads started ahead of their page (a prefetch) go now, after
        // this check's, so that neither it nor the frame waits behind a long read.
        if (!need) markStoreReady();
        if (live) setState(need ? 'ask' : 'done');
      });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (state === 'done') onPast?.();
  }, [state, onPast]);
  if (state === 'checking') return waiting;
  if (state === 'ask') {
    return (
      <Suspense fallback={waiting}>
        <FirstStart
          onDone={() => {
            markStoreReady();
            setState('done');
          }}
        />
      </Suspense>
    );
  }
  return children;
}
