import type { FeatureModule } from '@/app/feature';
import { ClusterOutlined } from '@ant-design/icons';
import { ClusterListPage } from './ClusterListPage';
import { ClusterDetailPage } from './ClusterDetailPage';
import { ClusterYearPage } from './ClusterYearPage';

/** Emulation clusters and blocks (cụm, khối thi đua): members, criteria, scoring, votes. */
export const feature: FeatureModule = {
  id: 'clusters',
  routes: [
    { path: '/clusters', element: <ClusterListPage /> },
    { path: '/clusters/:id', element: <ClusterDetailPage /> },
    { path: '/clusters/:id/years/:year', element: <ClusterYearPage /> },
  ],
  nav: [{ path: '/clusters', label: 'Cụm, khối thi đua', icon: <ClusterOutlined />, group: 'emulation', order: 4 }],
};
