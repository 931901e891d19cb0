import { ApartmentOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { PairingsPage } from './PairingsPage';
import { ArchivePage } from './ArchivePage';
import { ArchiveCardPage } from './ArchiveCardPage';
import { PairingsTab } from './PairingsTab';
import { registerDetailTab } from '../registry/detail-tabs';

registerDetailTab({ key: 'pairings', label: '联建情况', order: 20, kinds: ['enterprise', 'village'], component: PairingsTab });

export const pairingsArea: FeatureArea = {
  key: 'pairings',
  label: '联建档案',
  icon: <ApartmentOutlined />,
  items: [{ path: '/pairings', label: '联建档案' }],
  routes: [
    { path: 'pairings', element: <PairingsPage />, handle: { crumb: '联建档案' } },
    { path: 'pairings/:id', element: <ArchivePage />, handle: { crumb: '联建档案 / 档案' } },
    { path: 'pairings/:id/card', element: <ArchiveCardPage />, handle: { crumb: '联建档案 / 档案卡' } },
  ],
};
