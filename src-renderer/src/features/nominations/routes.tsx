import { TrophyOutlined } from '@ant-design/icons';
import type { FeatureModule } from '@/app/feature';
import { RoundListPage } from './RoundListPage';
import { RoundPage } from './RoundPage';
import { NominationListPrint } from './print/NominationListPrint';
import { MinutesPrint } from './print/MinutesPrint';
import { LetterPrint } from './print/LetterPrint';
import { AchievementReportPrint } from './print/AchievementReportPrint';

/** Nomination rounds: entries, eligibility, council votes, decisions and their printed documents. */
export const feature: FeatureModule = {
  id: 'nominations',
  routes: [
    { path: '/nominations', element: <RoundListPage /> },
    { path: '/nominations/:roundId', element: <RoundPage /> },
    { path: '/print/nominations/:roundId/list', element: <NominationListPrint />, bare: true },
    { path: '/print/nominations/:roundId/minutes', element: <MinutesPrint />, bare: true },
    { path: '/print/nominations/:roundId/letter', element: <LetterPrint />, bare: true },
    { path: '/print/achievement/:unitId', element: <AchievementReportPrint />, bare: true },
  ],
  nav: [{ path: '/nominations', label: 'Đợt xét khen thưởng', icon: <TrophyOutlined />, group: 'awards', order: 1 }],
};
