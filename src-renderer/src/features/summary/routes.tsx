import type { FeatureModule } from '@/app/feature';
import { BarChartOutlined } from '@ant-design/icons';
import { SummaryPage } from './SummaryPage';
import { SummaryReportPrint } from './SummaryReportPrint';

/** The year-end emulation summary: tables, dashboard, packages, printed report. */
export const feature: FeatureModule = {
  id: 'summary',
  routes: [
    { path: '/summary', element: <SummaryPage /> },
    { path: '/summary/print', element: <SummaryReportPrint />, bare: true },
  ],
  nav: [{ path: '/summary', label: 'Tổng kết thi đua năm', icon: <BarChartOutlined />, group: 'emulation', order: 5 }],
};
