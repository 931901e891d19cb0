// The import feature's routes: the wizard per target (/import/villages…) and the 导入记录
// page, shown under 信息库. Pages load when first opened.
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/feature';

export const IMPORT_HISTORY_NAV: NavItem = { path: '/import/history', label: '导入记录' };

export const IMPORT_ROUTES: RouteObject[] = [
  { path: 'import/history', lazy: async () => ({ Component: (await import('./ui/ImportHistoryPage')).ImportHistoryPage }), handle: { crumb: '信息库 / 导入记录' } },
  { path: 'import/:target', lazy: async () => ({ Component: (await import('./ui/ImportPage')).ImportPage }), handle: { crumb: '信息库 / 导入' } },
];
