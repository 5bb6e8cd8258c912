import type { FeatureRoute, NavItem } from '@/app/feature';
import { ClusterOutlined } from '@ant-design/icons';
import { ClusterListPage } from './ClusterListPage';
import { ClusterDetailPage } from './ClusterDetailPage';
import { ClusterYearPage } from './ClusterYearPage';

export const clusterRoutes: FeatureRoute[] = [
  { path: '/clusters', element: <ClusterListPage /> },
  { path: '/clusters/:id', element: <ClusterDetailPage /> },
  { path: '/clusters/:id/years/:year', element: <ClusterYearPage /> },
];

export const clusterNav: NavItem[] = [{ path: '/clusters', label: 'Cụm, khối thi đua', icon: <ClusterOutlined />, group: 'emulation', order: 4 }];
