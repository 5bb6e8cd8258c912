import { ExperimentOutlined, HistoryOutlined, SettingOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { OfficeProfilePage } from './OfficeProfilePage';
import { AuditLogPage } from './AuditLogPage';
import { DemoDataPage } from './DemoDataPage';

export const feature: FeatureModule = {
  id: 'settings',
  routes: [
    { path: '/settings', element: <OfficeProfilePage /> },
    { path: '/audit', element: <AuditLogPage /> },
    { path: '/demo', element: <DemoDataPage /> },
  ],
  nav: [
    { path: '/settings', label: 'Thông tin cơ quan', icon: <SettingOutlined />, group: 'system', order: 1 },
    { path: '/audit', label: 'Nhật ký thay đổi', icon: <HistoryOutlined />, group: 'system', order: 2 },
    { path: '/demo', label: 'Dữ liệu mẫu', icon: <ExperimentOutlined />, group: 'system', order: 3 },
  ],
};
