import type { FeatureRoute, NavItem } from '@/app/feature';
import { BarChartOutlined } from '@ant-design/icons';
import { SummaryPage } from './SummaryPage';
import { SummaryReportPrint } from './SummaryReportPrint';

export const summaryRoutes: FeatureRoute[] = [
  { path: '/summary', element: <SummaryPage /> },
  { path: '/summary/print', element: <SummaryReportPrint />, bare: true },
];

export const summaryNav: NavItem[] = [{ path: '/summary', label: 'Tổng kết thi đua năm', icon: <BarChartOutlined />, group: 'emulation', order: 5 }];
