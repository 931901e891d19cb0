import { TrophyOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyComponent, lazyRoute } from '../../app/lazy';
import { registerDetailTab, type DetailTabProps } from '../../ui/records/detail-tabs';

registerDetailTab({ key: 'honours', label: '荣誉', order: 40, kinds: ['village', 'enterprise', 'person'], component: lazyComponent<DetailTabProps>(() => import('./HonoursTab'), 'HonoursTab') });

export const commendationArea: FeatureArea = {
  key: 'commendation',
  label: '评先表彰',
  icon: <TrophyOutlined />,
  items: [{ path: '/commendation', label: '评先表彰' }],
  routes: [
    { path: 'commendation', lazy: lazyRoute(() => import('./RoundsPage'), 'RoundsPage'), handle: { crumb: '评先表彰' } },
    { path: 'commendation/import', lazy: lazyRoute(() => import('./import/HonoursListImportPage'), 'HonoursListImportPage'), handle: { crumb: '评先表彰 / 导入表彰名单' } },
    { path: 'commendation/:roundId', lazy: lazyRoute(() => import('./RoundPage'), 'RoundPage'), handle: { crumb: '评先表彰 / 表彰详情' } },
    { path: 'commendation/:roundId/import', lazy: lazyRoute(() => import('./import/HonoureeImportPage'), 'HonoureeImportPage'), handle: { crumb: '评先表彰 / 导入表彰对象' } },
  ],
};
