// The import feature's routes: the wizard per target (/import/villages…) and the 导入记录
// page. The registry lists find their 导入 button's route through registerRegistryImport.
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/feature';
import { registerRegistryImport } from '../registry/import-link';
import { ImportHistoryPage } from './ui/ImportHistoryPage';
import { ImportPage } from './ui/ImportPage';

for (const table of ['townships', 'villages', 'enterprises', 'persons'] as const) registerRegistryImport(table, `/import/${table}`);

export const IMPORT_HISTORY_NAV: NavItem = { path: '/import/history', label: '导入记录' };

export const IMPORT_ROUTES: RouteObject[] = [
  { path: 'import/history', element: <ImportHistoryPage />, handle: { crumb: '信息库 / 导入记录' } },
  { path: 'import/:target', element: <ImportPage />, handle: { crumb: '信息库 / 导入' } },
];
