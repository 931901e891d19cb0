import { BarChartOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { LedgerPage } from './LedgerPage';

export const ledgerArea: FeatureArea = {
  key: 'ledger',
  label: '成效台账',
  icon: <BarChartOutlined />,
  items: [{ path: '/ledger', label: '成效台账' }],
  routes: [{ path: 'ledger', element: <LedgerPage />, handle: { crumb: '成效台账' } }],
};
