// 督导考评 (PRODUCT.md capability 4): the monthly-report board, quarterly inspections with their
// rectification items, the township responsibility view, and the annual evaluation (its pages
// belong to the evaluation feature, listed here so the capability is one menu group).
import { AuditOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';
import { evaluationNav } from '../evaluation';
import { registerImportTarget } from '../import';

registerImportTarget({ key: 'monthly-reports', title: '村企联建月报表', load: async () => (await import('./reports/import-target')).monthlyReportTarget });

export const supervisionArea: FeatureArea = {
  key: 'supervision',
  label: '督导考评',
  icon: <AuditOutlined />,
  items: [
    { path: '/supervision/reports', label: '月报报送情况' },
    { path: '/supervision/inspections', label: '督查整改' },
    { path: '/supervision/responsibility', label: '分片挂钩责任' },
    ...evaluationNav.items,
  ],
  routes: [
    { path: 'supervision/reports', lazy: lazyRoute(() => import('./reports/MonthlyBoardPage'), 'MonthlyBoardPage'), handle: { crumb: '督导考评 / 月报报送情况' } },
    { path: 'supervision/inspections', lazy: lazyRoute(() => import('./inspections/InspectionsPage'), 'InspectionsPage'), handle: { crumb: '督导考评 / 督查整改' } },
    { path: 'supervision/inspections/:id', lazy: lazyRoute(() => import('./inspections/RoundPage'), 'RoundPage'), handle: { crumb: '督导考评 / 督查整改 / 督查详情' } },
    { path: 'supervision/responsibility', lazy: lazyRoute(() => import('./responsibility/ResponsibilityPage'), 'ResponsibilityPage'), handle: { crumb: '督导考评 / 分片挂钩责任' } },
    ...evaluationNav.routes,
  ],
};
