// The app's antd theme, for the frame and for the screens before it (StartupGate).
//
// zeroRuntime: antd's component styles come from its prebuilt stylesheet (imported in
// main.tsx) instead of being generated in the browser each time a component type is first
// drawn (about 0.4 s of script on the first screen, more on every new page). The theme's own
// tokens — the red, motion — are still set at runtime as CSS variables.
import type { ThemeConfig } from 'antd';

// Users who ask their system for less motion get none (dialogs and menus open at once).
const REDUCED_MOTION = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export const APP_THEME: ThemeConfig = { zeroRuntime: true, token: { colorPrimary: '#c8161d', motion: !REDUCED_MOTION } };
