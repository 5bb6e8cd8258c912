import { UserOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { PeopleListPage } from './PeopleListPage';
import { PersonDetailPage } from './PersonDetailPage';

/** People (cá nhân): records, award history, ratings, initiatives. */
export const feature: FeatureModule = {
  id: 'people',
  routes: [
    { path: '/people', element: <PeopleListPage /> },
    { path: '/people/:id', element: <PersonDetailPage /> },
  ],
  nav: [{ path: '/people', label: 'Cá nhân', icon: <UserOutlined />, group: 'awards', order: 2 }],
};
