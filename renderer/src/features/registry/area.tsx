import { DatabaseOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';
import { prefetchRecords } from '../../ui/records/live-records';
import { PERSONS_LIST_TABLES } from './persons/prefetch';
import { IMPORT_HISTORY_NAV, IMPORT_ROUTES, registerImportTarget } from '../import';
import { REGISTRY_IMPORT_TARGETS } from './import-targets';

registerImportTarget(...REGISTRY_IMPORT_TARGETS);

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
    { path: 'registry/townships', lazy: lazyRoute(() => import('./townships/TownshipsPage'), 'TownshipsPage'), handle: { crumb: '信息库 / 乡镇' } },
    { path: 'registry/townships/:id', lazy: lazyRoute(() => import('./townships/TownshipDetail'), 'TownshipDetail'), handle: { crumb: '信息库 / 乡镇 / 详情' } },
    { path: 'registry/villages', lazy: lazyRoute(() => import('./villages/VillagesPage'), 'VillagesPage'), handle: { crumb: '信息库 / 村' } },
    { path: 'registry/villages/:id', lazy: lazyRoute(() => import('./villages/VillageDetail'), 'VillageDetail'), handle: { crumb: '信息库 / 村 / 详情' } },
    { path: 'registry/enterprises', lazy: lazyRoute(() => import('./enterprises/EnterprisesPage'), 'EnterprisesPage'), handle: { crumb: '信息库 / 企业' } },
    { path: 'registry/enterprises/:id', lazy: lazyRoute(() => import('./enterprises/EnterpriseDetail'), 'EnterpriseDetail'), handle: { crumb: '信息库 / 企业 / 详情' } },
    // 50,000 persons: their read starts with each navigation to the list, before the page renders
    // and, the first time, while its code loads (or from the entry script, main.tsx, when the app
    // opens at this address); with it the units and townships the list shows beside them.
    {
      path: 'registry/persons',
      loader: () => {
        prefetchRecords(...PERSONS_LIST_TABLES);
        return null;
      },
      lazy: lazyRoute(() => import('./persons/PersonsPage'), 'PersonsPage'),
      handle: { crumb: '信息库 / 人员' },
    },
    { path: 'registry/persons/:id', lazy: lazyRoute(() => import('./persons/PersonDetail'), 'PersonDetail'), handle: { crumb: '信息库 / 人员 / 详情' } },
    ...IMPORT_ROUTES,
  ],
};
