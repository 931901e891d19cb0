// 督导考评 (PRODUCT.md capability 4): quarterly inspections with their rectification items,
// and the annual evaluation (its pages belong to the evaluation feature, listed here so the
// capability is one menu group).
import { AuditOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';
import { evaluationNav } from '../evaluation';

export const supervisionArea: FeatureArea = {
  key: 'supervision',
  label: '督导考评',
  icon: <AuditOutlined />,
  items: [{ path: '/supervision/inspections', label: '督查整改' }, ...evaluationNav.items],
  routes: [
    { path: 'supervision/inspections', lazy: lazyRoute(() => import('./inspections/InspectionsPage'), 'InspectionsPage'), handle: { crumb: '督导考评 / 督查整改' } },
    { path: 'supervision/inspections/:id', lazy: lazyRoute(() => import('./inspections/RoundPage'), 'RoundPage'), handle: { crumb: '督导考评 / 督查整改 / 督查详情' } },
    ...evaluationNav.routes,
  ],
};
