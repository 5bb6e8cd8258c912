import { HistoryOutlined, ImportOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { ImportWizardPage } from './ImportWizardPage';
import { ImportHistoryPage } from './ImportHistoryPage';

export const feature: FeatureModule = {
  id: 'import',
  routes: [
    { path: '/import', element: <ImportWizardPage /> },
    { path: '/import/history', element: <ImportHistoryPage /> },
  ],
  nav: [
    { path: '/import', label: 'Nhập từ Excel', icon: <ImportOutlined />, group: 'data', order: 1 },
    { path: '/import/history', label: 'Lịch sử nhập', icon: <HistoryOutlined />, group: 'data', order: 2 },
  ],
};
