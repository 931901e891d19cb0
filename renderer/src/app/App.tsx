import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppLayout } from './AppLayout';
import { AREAS } from './areas';
import { ErrorBoundary, NotFound, PageError } from './ErrorBoundary';
import { useSetting } from './use-setting';
import { SettingNotices } from './SettingNotices';
import { FirstStartGate } from '../features/settings/FirstStartGate';

dayjs.locale('zh-cn');

// Users who ask their system for less motion get none (dialogs and menus open at once).
const REDUCED_MOTION = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    // A failing page shows its error inside the frame (the menu stays); only an error of the
    // frame itself reaches the ErrorBoundary around the router.
    children: [{ errorElement: <PageError />, children: [...AREAS.flatMap((a) => a.routes), { path: '*', element: <NotFound /> }] }],
  },
]);

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
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#c8161d', motion: !REDUCED_MOTION } }}>
      <AntApp style={{ height: '100%' }}>
        <ErrorBoundary>
          <LargeTextMode />
          <SettingNotices />
          <FirstStartGate>
            <RouterProvider router={router} />
          </FirstStartGate>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
