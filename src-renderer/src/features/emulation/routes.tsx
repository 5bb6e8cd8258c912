import { CalendarOutlined, FlagOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { MovementListPage } from './MovementListPage';
import { MovementFormPage } from './MovementFormPage';
import { MovementDetailPage } from './MovementDetailPage';
import { ProgrammesPage } from './ProgrammesPage';
import { EventsPage } from './EventsPage';

/** Emulation: movements, programmes, events (clusters and the year-end summary are their own features). */
export const feature: FeatureModule = {
  id: 'emulation',
  routes: [
    { path: '/movements', element: <MovementListPage /> },
    { path: '/movements/new', element: <MovementFormPage /> },
    { path: '/movements/:id', element: <MovementDetailPage /> },
    { path: '/movements/:id/edit', element: <MovementFormPage /> },
    { path: '/programmes', element: <ProgrammesPage /> },
    { path: '/events', element: <EventsPage /> },
  ],
  nav: [
    { path: '/movements', label: 'Phong trào thi đua', icon: <FlagOutlined />, group: 'emulation', order: 1 },
    { path: '/programmes', label: 'Chương trình phối hợp', icon: <TeamOutlined />, group: 'emulation', order: 2 },
    { path: '/events', label: 'Hội nghị, tập huấn', icon: <CalendarOutlined />, group: 'emulation', order: 3 },
  ],
};
