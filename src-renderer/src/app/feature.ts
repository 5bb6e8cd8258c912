import type { ReactNode } from 'react';

/** A screen reachable by hash route. `bare` routes (print views) render without the app chrome. */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  bare?: boolean;
}

export type NavGroup = 'registry' | 'emulation' | 'awards' | 'data' | 'system';

export interface NavItem {
  path: string;
  label: string;
  icon?: ReactNode;
  group: NavGroup;
  order: number;
}

/** What each features/<name>/routes.tsx exports as `feature`. */
export interface FeatureModule {
  id: string;
  routes: FeatureRoute[];
  nav: NavItem[];
  /** Idempotent start-up work, e.g. seeding the award catalogue. Runs once per app start. */
  startup?: () => Promise<void>;
}

export const NAV_GROUP_LABEL: Record<NavGroup, string> = {
  registry: 'Danh bạ đơn vị',
  emulation: 'Thi đua',
  awards: 'Khen thưởng',
  data: 'Dữ liệu',
  system: 'Hệ thống',
};
