import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';

export type NavItem = { path: string; label: string };

/**
 * One capability area of PRODUCT.md as the frame sees it: its place in the left navigation
 * and its routes. Each feature folder exports one; app/areas.ts lists the areas that work.
 */
export type FeatureArea = {
  key: string;
  label: string;
  icon: ReactNode;
  items: NavItem[];
  routes: RouteObject[];
};

/** Route `handle` carrying the breadcrumb label. */
export type RouteHandle = { crumb: string };
