import { ExperimentOutlined, HistoryOutlined, SettingOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { OFFICE_SETUP_PATH } from '@/ui/useOfficeProfile';
import { OfficeProfilePage } from './OfficeProfilePage';
import { OfficeSetupPage } from './OfficeSetupPage';
import { AuditLogPage } from './AuditLogPage';
import { DemoDataPage } from './DemoDataPage';
import { GeneratorPage } from './GeneratorPage';

/** Hidden route of the load-test generator: not in the menu, opened by its address (tests, benchmarks). */
export const GENERATOR_PATH = '/dev/generate';

export const feature: FeatureModule = {
  id: 'settings',
  routes: [
    { path: '/settings', element: <OfficeProfilePage /> },
    { path: OFFICE_SETUP_PATH, element: <OfficeSetupPage /> },
    { path: '/audit', element: <AuditLogPage /> },
    { path: '/demo', element: <DemoDataPage /> },
    // Load tests and benchmarks only: reachable by its address, never listed in the menu.
    { path: GENERATOR_PATH, element: <GeneratorPage /> },
  ],
  nav: [
    { path: '/settings', label: 'Thông tin cơ quan', icon: <SettingOutlined />, group: 'system', order: 1 },
    { path: '/audit', label: 'Nhật ký thay đổi', icon: <HistoryOutlined />, group: 'system', order: 2 },
    { path: '/demo', label: 'Dữ liệu mẫu', icon: <ExperimentOutlined />, group: 'system', order: 3 },
  ],
};
