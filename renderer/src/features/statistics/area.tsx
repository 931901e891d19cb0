import { BarChartOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { AnnualTablePage } from './AnnualTablePage';
import { SummaryPage } from './SummaryPage';
import { DashboardPage } from './DashboardPage';
import { ReconcilePage } from './ReconcilePage';

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
    { path: 'statistics/annual', element: <AnnualTablePage />, handle: { crumb: '统计报表 / 年度统计表' } },
    { path: 'statistics/reconcile', element: <ReconcilePage />, handle: { crumb: '统计报表 / 对账' } },
    { path: 'statistics/dashboard', element: <DashboardPage />, handle: { crumb: '统计报表 / 统计分析' } },
    { path: 'statistics/summary', element: <SummaryPage />, handle: { crumb: '统计报表 / 工作总结数字' } },
  ],
};
