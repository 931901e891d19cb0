import { BarChartOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { LedgerPage } from './LedgerPage';
import { LedgerTab } from './LedgerTab';
import { registerDetailTab } from '../registry/detail-tabs';

registerDetailTab({ key: 'ledger', label: '台账', order: 30, kinds: ['enterprise', 'village'], component: LedgerTab });

export const ledgerArea: FeatureArea = {
  key: 'ledger',
  label: '成效台账',
  icon: <BarChartOutlined />,
  items: [{ path: '/ledger', label: '成效台账' }],
  routes: [{ path: 'ledger', element: <LedgerPage />, handle: { crumb: '成效台账' } }],
};
