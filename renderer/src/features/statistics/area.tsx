import { BarChartOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';

export const statisticsArea: FeatureArea = {
  key: 'statistics',
  label: '统计报表',
  icon: <BarChartOutlined />,
  items: [
    { path: '/statistics/annual', label: '年度统计表' },
    { path: '/statistics/reconcile', label: '对账' },
    { path: '/statistics/dashboard', label: '统计分析' },
    { path: '/statistics/summary', label: '工作总结数字' },
  ],
  routes: [
    { path: 'statistics/annual', lazy: lazyRoute(() => import('./AnnualTablePage'), 'AnnualTablePage'), handle: { crumb: '统计报表 / 年度统计表' } },
    { path: 'statistics/reconcile', lazy: lazyRoute(() => import('./ReconcilePage'), 'ReconcilePage'), handle: { crumb: '统计报表 / 对账' } },
    { path: 'statistics/dashboard', lazy: lazyRoute(() => import('./DashboardPage'), 'DashboardPage'), handle: { crumb: '统计报表 / 统计分析' } },
    { path: 'statistics/summary', lazy: lazyRoute(() => import('./SummaryPage'), 'SummaryPage'), handle: { crumb: '统计报表 / 工作总结数字' } },
  ],
};
