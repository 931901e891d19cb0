import { BarChartOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyComponent, lazyRoute } from '../../app/lazy';
import { registerDetailTab, type DetailTabProps } from '../../ui/records/detail-tabs';
import { registerImportTarget } from '../import';
import { LEDGER_ENTRY_TYPES } from '@shared/model/ledger-catalog';

registerDetailTab({ key: 'ledger', label: '台账', order: 30, kinds: ['enterprise', 'village'], component: lazyComponent<DetailTabProps>(() => import('./LedgerTab'), 'LedgerTab') });
registerImportTarget(
  { key: 'industry-bases', title: '产业基地', load: async () => (await import('./bases/import-target')).industryBaseTarget },
  { key: 'cross-appointments', title: '交叉任职名单', load: async () => (await import('./cross-appointment-target')).crossAppointmentTarget },
  ...LEDGER_ENTRY_TYPES.map((type) => ({ key: `ledger-${type.key}`, title: `成效台账（${type.name}）`, load: async () => (await import('./import-targets')).ledgerImportTarget(type) })),
);

export const ledgerArea: FeatureArea = {
  key: 'ledger',
  label: '成效台账',
  icon: <BarChartOutlined />,
  items: [
    { path: '/ledger', label: '成效台账' },
    { path: '/ledger/bases', label: '产业基地' },
  ],
  routes: [
    { path: 'ledger', lazy: lazyRoute(() => import('./LedgerPage'), 'LedgerPage'), handle: { crumb: '成效台账' } },
    { path: 'ledger/bases', lazy: lazyRoute(() => import('./bases/BasesPage'), 'BasesPage'), handle: { crumb: '成效台账 / 产业基地' } },
  ],
};
