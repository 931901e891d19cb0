// The evaluation's menu item and routes, listed in the 督导考评 area (supervision/area.tsx).
import type { NavItem } from '../../app/feature';
import type { RouteObject } from 'react-router';
import { lazyRoute } from '../../app/lazy';

export const evaluationNav: { items: NavItem[]; routes: RouteObject[] } = {
  items: [{ path: '/supervision/evaluation', label: '绩效考评' }],
  routes: [{ path: 'supervision/evaluation', lazy: lazyRoute(() => import('./EvaluationPage'), 'EvaluationPage'), handle: { crumb: '督导考评 / 绩效考评' } }],
};
