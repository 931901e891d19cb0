// 培训交流 (PRODUCT.md capability 5): its menu items and routes, each page loaded when first
// opened — 骨干培训班; 技能培训基地, the 订单式 sessions held there and the 技能培训供给关系
// they make; 交流互访; and the 交流会、研讨会、通报会 with their decisions.
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
  items: [
    { path: '/training/classes', label: '骨干培训班' },
    { path: '/training/bases', label: '技能培训基地' },
    { path: '/training/sessions', label: '订单式培训' },
    { path: '/training/supply', label: '培训供给关系' },
    { path: '/training/exchanges', label: '交流互访' },
    { path: '/training/meetings', label: '交流会议' },
  ],
  routes: [
    { path: 'training', element: <Navigate to="/training/classes" replace /> },
    { path: 'training/classes', lazy: lazyRoute(() => import('./classes/ClassesPage'), 'ClassesPage'), handle: { crumb: '培训交流 / 骨干培训班' } },
    { path: 'training/classes/import', lazy: lazyRoute(() => import('./import/ClassImportPage'), 'ClassImportPage'), handle: { crumb: '培训交流 / 骨干培训班 / 导入培训班名单' } },
    { path: 'training/classes/:classId', lazy: lazyRoute(() => import('./classes/ClassPage'), 'ClassPage'), handle: { crumb: '培训交流 / 骨干培训班 / 培训班详情' } },
    { path: 'training/bases', lazy: lazyRoute(() => import('./bases/BasesPage'), 'BasesPage'), handle: { crumb: '培训交流 / 技能培训基地' } },
    { path: 'training/sessions', lazy: lazyRoute(() => import('./sessions/SessionsPage'), 'SessionsPage'), handle: { crumb: '培训交流 / 订单式培训' } },
    { path: 'training/supply', lazy: lazyRoute(() => import('./supply/SupplyPage'), 'SupplyPage'), handle: { crumb: '培训交流 / 技能培训供给关系' } },
    { path: 'training/exchanges', lazy: lazyRoute(() => import('./exchange/ExchangePage'), 'ExchangePage'), handle: { crumb: '培训交流 / 交流互访' } },
    { path: 'training/meetings', lazy: lazyRoute(() => import('./meetings/MeetingsPage'), 'MeetingsPage'), handle: { crumb: '培训交流 / 交流会议' } },
    { path: 'training/meetings/:meetingId', lazy: lazyRoute(() => import('./meetings/MeetingPage'), 'MeetingPage'), handle: { crumb: '培训交流 / 交流会议 / 会议记录' } },
  ],
};
