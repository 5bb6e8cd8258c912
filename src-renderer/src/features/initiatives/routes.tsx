import { BulbOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { InitiativeListPage } from './InitiativeListPage';

/** Sáng kiến, đề tài of the whole office (each person's also show on their page). */
export const feature: FeatureModule = {
  id: 'initiatives',
  routes: [{ path: '/initiatives', element: <InitiativeListPage /> }],
  nav: [{ path: '/initiatives', label: 'Sáng kiến, đề tài', icon: <BulbOutlined />, group: 'awards', order: 2.5 }],
};
