import { BookOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { seedCatalogAndRules } from '@/db/repositories/awards/catalog';
import { RoundListPage } from './RoundListPage';
import { RoundPage } from './RoundPage';
import { NominationListPrint } from './print/NominationListPrint';
import { MinutesPrint } from './print/MinutesPrint';
import { LetterPrint } from './print/LetterPrint';
import { AchievementReportPrint } from './print/AchievementReportPrint';
import { PeopleListPage } from '@/features/people/PeopleListPage';
import { PersonDetailPage } from '@/features/people/PersonDetailPage';
import { CatalogPage } from '@/features/catalog/CatalogPage';

/** Nominations, people and the award catalogue (one feature module: they share the award data). */
export const feature: FeatureModule = {
  id: 'nominations',
  routes: [
    { path: '/nominations', element: <RoundListPage /> },
    { path: '/nominations/:roundId', element: <RoundPage /> },
    { path: '/people', element: <PeopleListPage /> },
    { path: '/people/:id', element: <PersonDetailPage /> },
    { path: '/catalog', element: <CatalogPage /> },
    { path: '/print/nominations/:roundId/list', element: <NominationListPrint />, bare: true },
    { path: '/print/nominations/:roundId/minutes', element: <MinutesPrint />, bare: true },
    { path: '/print/nominations/:roundId/letter', element: <LetterPrint />, bare: true },
    { path: '/print/achievement/:unitId', element: <AchievementReportPrint />, bare: true },
  ],
  nav: [
    { path: '/nominations', label: 'Đợt xét khen thưởng', icon: <TrophyOutlined />, group: 'awards', order: 1 },
    { path: '/people', label: 'Cá nhân', icon: <UserOutlined />, group: 'awards', order: 2 },
    { path: '/catalog', label: 'Danh mục khen thưởng', icon: <BookOutlined />, group: 'awards', order: 3 },
  ],
  startup: async () => {
    await seedCatalogAndRules();
  },
};
