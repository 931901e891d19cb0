// 培训交流 (PRODUCT.md capability 5): its menu items and routes. Kept small so the area can be
// loaded lazily; further pages (技能培训基地 and 订单式培训, 交流互访, 交流会, 联络员) are added
// as items and routes here.
import { ReadOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { FeatureArea } from '../../app/feature';
import { registerDetailTab } from '../registry/detail-tabs';
import { ClassesPage } from './classes/ClassesPage';
import { ClassPage } from './classes/ClassPage';
import { PersonTrainingsTab } from './classes/PersonTrainingsTab';
import { ClassImportPage } from './import/ClassImportPage';

registerDetailTab({ key: 'trainings', label: '培训经历', order: 50, kinds: ['person'], component: PersonTrainingsTab });

export const trainingArea: FeatureArea = {
  key: 'training',
  label: '培训交流',
  icon: <ReadOutlined />,
  items: [{ path: '/training/classes', label: '骨干培训班' }],
  routes: [
    { path: 'training', element: <Navigate to="/training/classes" replace /> },
    { path: 'training/classes', element: <ClassesPage />, handle: { crumb: '培训交流 / 骨干培训班' } },
    { path: 'training/classes/import', element: <ClassImportPage />, handle: { crumb: '培训交流 / 骨干培训班 / 导入培训班名单' } },
    { path: 'training/classes/:classId', element: <ClassPage />, handle: { crumb: '培训交流 / 骨干培训班 / 培训班详情' } },
  ],
};
