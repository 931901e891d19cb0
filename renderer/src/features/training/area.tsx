// 培训交流 (PRODUCT.md capability 5): its menu items and routes, each page loaded when first
// opened. Further pages (技能培训基地 and 订单式培训, 交流互访, 交流会, 联络员) are added here
// as items and routes.
import { ReadOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { FeatureArea } from '../../app/feature';
import { lazyComponent, lazyRoute } from '../../app/lazy';
import { registerDetailTab, type DetailTabProps } from '../../ui/records/detail-tabs';

registerDetailTab({ key: 'trainings', label: '培训经历', order: 50, kinds: ['person'], component: lazyComponent<DetailTabProps>(() => import('./classes/PersonTrainingsTab'), 'PersonTrainingsTab') });

export const trainingArea: FeatureArea = {
  key: 'training',
  label: '培训交流',
  icon: <ReadOutlined />,
  items: [{ path: '/training/classes', label: '骨干培训班' }],
  routes: [
    { path: 'training', element: <Navigate to="/training/classes" replace /> },
    { path: 'training/classes', lazy: lazyRoute(() => import('./classes/ClassesPage'), 'ClassesPage'), handle: { crumb: '培训交流 / 骨干培训班' } },
    { path: 'training/classes/import', lazy: lazyRoute(() => import('./import/ClassImportPage'), 'ClassImportPage'), handle: { crumb: '培训交流 / 骨干培训班 / 导入培训班名单' } },
    { path: 'training/classes/:classId', lazy: lazyRoute(() => import('./classes/ClassPage'), 'ClassPage'), handle: { crumb: '培训交流 / 骨干培训班 / 培训班详情' } },
  ],
};
