import { BookOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { seedCatalogAndRules } from '@/db/repositories/awards/catalog';
import { CatalogPage } from './CatalogPage';

/** The award catalogue and its eligibility rules; seeds the shipped catalogue and rules at start-up. */
export const feature: FeatureModule = {
  id: 'catalog',
  routes: [{ path: '/catalog', element: <CatalogPage /> }],
  nav: [{ path: '/catalog', label: 'Danh mục khen thưởng', icon: <BookOutlined />, group: 'awards', order: 3 }],
  startup: async () => {
    await seedCatalogAndRules();
  },
};
