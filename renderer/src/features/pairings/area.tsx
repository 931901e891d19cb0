import { ApartmentOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyComponent, lazyRoute } from '../../app/lazy';
import { registerDetailTab, type DetailTabProps } from '../../ui/records/detail-tabs';
import { prefetchRecords } from '../../ui/records/live-records';
import { registerImportTarget } from '../import';

registerDetailTab({ key: 'pairings', label: '联建情况', order: 20, kinds: ['enterprise', 'village'], component: lazyComponent<DetailTabProps>(() => import('./PairingsTab'), 'PairingsTab') });
registerImportTarget({ key: 'pairings', title: '联建名单', load: async () => (await import('./import-target')).pairingListTarget });

const LIST_TABLES = ['pairings', 'townships', 'villages', 'enterprises'];

export const pairingsArea: FeatureArea = {
  key: 'pairings',
  label: '联建档案',
  icon: <ApartmentOutlined />,
  items: [{ path: '/pairings', label: '联建档案' }],
  routes: [
    // The list's reads (the pairings and the names they show) start with each navigation to it,
    // before the page renders (and, the first time, while its code loads).
    {
      path: 'pairings',
      loader: () => {
        prefetchRecords(...LIST_TABLES);
        return null;
      },
      lazy: lazyRoute(() => import('./PairingsPage'), 'PairingsPage'),
      handle: { crumb: '联建档案' },
    },
    { path: 'pairings/:id', lazy: lazyRoute(() => import('./ArchivePage'), 'ArchivePage'), handle: { crumb: '联建档案 / 档案' } },
    { path: 'pairings/:id/card', lazy: lazyRoute(() => import('./ArchiveCardPage'), 'ArchiveCardPage'), handle: { crumb: '联建档案 / 档案卡' } },
  ],
};
