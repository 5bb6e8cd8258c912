import { SafetyOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { BackupPage } from './BackupPage';
import { subscribeAutoBackup } from './autoBackup';
import { requestPersistentStorage } from './storage';

export const feature: FeatureModule = {
  id: 'backup',
  routes: [{ path: '/backup', element: <BackupPage /> }],
  nav: [{ path: '/backup', label: 'Sao lưu, khôi phục', icon: <SafetyOutlined />, group: 'data', order: 90 }],
  startup: async () => {
    subscribeAutoBackup();
    await requestPersistentStorage();
  },
};
