import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppLayout } from './AppLayout';
import { AREAS } from './areas';
import { ErrorBoundary, RouteError } from './ErrorBoundary';
import { useSetting } from './use-setting';
import { SettingNotices } from './SettingNotices';

dayjs.locale('zh-cn');

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: AREAS.flatMap((a) => a.routes),
  },
]);

function LargeTextMode() {
  const [largeText] = useSetting('largeText');
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  return null;
}

export function App() {
  const [largeText] = useSetting('largeText');
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontSize: largeText ? 17 : 14, colorPrimary: '#c8161d' } }}>
      <AntApp style={{ height: '100%' }}>
        <ErrorBoundary>
          <LargeTextMode />
          <SettingNotices />
          <RouterProvider router={router} />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
