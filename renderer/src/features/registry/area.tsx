import { DatabaseOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { IMPORT_HISTORY_NAV, IMPORT_ROUTES } from '../import/area';
import { EnterpriseDetail } from './enterprises/EnterpriseDetail';
import { EnterprisesPage } from './enterprises/EnterprisesPage';
import { PersonDetail } from './persons/PersonDetail';
import { PersonsPage } from './persons/PersonsPage';
import { TownshipDetail } from './townships/TownshipDetail';
import { TownshipsPage } from './townships/TownshipsPage';
import { VillageDetail } from './villages/VillageDetail';
import { VillagesPage } from './villages/VillagesPage';

export const registryArea: FeatureArea = {
  key: 'registry',
  label: '信息库',
  icon: <DatabaseOutlined />,
  items: [
    { path: '/registry/townships', label: '乡镇' },
    { path: '/registry/villages', label: '村' },
    { path: '/registry/enterprises', label: '企业' },
    { path: '/registry/persons', label: '人员' },
    IMPORT_HISTORY_NAV,
  ],
  routes: [
    { path: 'registry/townships', element: <TownshipsPage />, handle: { crumb: '信息库 / 乡镇' } },
    { path: 'registry/townships/:id', element: <TownshipDetail />, handle: { crumb: '信息库 / 乡镇 / 详情' } },
    { path: 'registry/villages', element: <VillagesPage />, handle: { crumb: '信息库 / 村' } },
    { path: 'registry/villages/:id', element: <VillageDetail />, handle: { crumb: '信息库 / 村 / 详情' } },
    { path: 'registry/enterprises', element: <EnterprisesPage />, handle: { crumb: '信息库 / 企业' } },
    { path: 'registry/enterprises/:id', element: <EnterpriseDetail />, handle: { crumb: '信息库 / 企业 / 详情' } },
    { path: 'registry/persons', element: <PersonsPage />, handle: { crumb: '信息库 / 人员' } },
    { path: 'registry/persons/:id', element: <PersonDetail />, handle: { crumb: '信息库 / 人员 / 详情' } },
    ...IMPORT_ROUTES,
  ],
};
