import { Suspense, useEffect } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadableComponent } from './lazy';
import { useSetting } from './use-setting';
import { SettingNotices } from './SettingNotices';
import { FirstStartGate, preloadFirstStart } from '../features/settings/FirstStartGate';
import { APP_THEME } from './theme';

dayjs.locale('zh-cn');

// The frame, its router and the page at the current address load once the first-start check
// has passed — or at once, in parallel with opening the database, on a profile that has been
// past the first start before (the usual daily open), so that open waits on nothing extra.
// (The hint is in localStorage; if it is wrong either way, only the other screen's loading
// waits for the check.)
const PAST_FIRST_START = 'cunqi-lianjian.past-first-start';
const { preload: loadRouter, Component: AppRouter } = preloadableComponent(() => import('./AppRouter'), 'AppRouter');
function pastFirstStart(): boolean {
  try {
    return localStorage.getItem(PAST_FIRST_START) === '1';
  } catch {
    return false;
  }
}
// A profile never past the first start (a fresh one) will most likely show the first-start
// screen instead: that starts loading now.
if (pastFirstStart()) void loadRouter().catch(() => undefined);
else preloadFirstStart();
function onPastFirstStart() {
  try {
    localStorage.setItem(PAST_FIRST_START, '1');
  } catch {
    // Only a hint for the next start.
  }
}

const opening = <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;

function LargeTextMode() {
  const [largeText] = useSetting('largeText');
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  return null;
}

// 大字模式 is the `large-text` class on <html> (global.css zooms the whole screen, so tables'
// fixed column widths, selects and popups grow with their text instead of truncating it).
export function App() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={APP_THEME}>
      <AntApp style={{ height: '100%' }}>
        <ErrorBoundary>
          <LargeTextMode />
          <SettingNotices />
          <FirstStartGate onPast={onPastFirstStart}>
            <Suspense fallback={opening}>
              <AppRouter />
            </Suspense>
          </FirstStartGate>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
