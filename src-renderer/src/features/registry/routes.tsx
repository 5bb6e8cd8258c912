import { ApartmentOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router-dom';
import type { FeatureModule } from '@/app/feature';
import { ensureLocalitiesSeeded } from '@/db/repositories/registry/localities';
import { UnitListPage } from './UnitListPage';
import { UnitFormPage } from './UnitFormPage';
import { UnitDetailPage } from './UnitDetailPage';

export const feature: FeatureModule = {
  id: 'registry',
  routes: [
    { path: '/', element: <Navigate to="/units" replace /> },
    { path: '/units', element: <UnitListPage /> },
    { path: '/units/new', element: <UnitFormPage /> },
    { path: '/units/:id', element: <UnitDetailPage /> },
    { path: '/units/:id/edit', element: <UnitFormPage /> },
  ],
  nav: [{ path: '/units', label: 'Đơn vị (HTX, THT)', icon: <ApartmentOutlined />, group: 'registry', order: 1 }],
  startup: ensureLocalitiesSeeded,
};
