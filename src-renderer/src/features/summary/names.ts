import { SECTOR_LABEL } from '@/domain/registry/labels';
import type { SummaryNames } from '@/domain/summary/summary-workbook';
import { communeName, provinceName } from '@/domain/registry/localities';

/** Display names for codes in summary tables, charts and workbooks. */
export const summaryNames: SummaryNames = {
  provinceName: (code) => (code ? provinceName(code) : 'Chưa ghi tỉnh/thành'),
  communeName: (code) => (code ? communeName(code) : 'Chưa ghi xã/phường'),
  sectorName: (s) => (s ? SECTOR_LABEL[s] : 'Chưa ghi ngành'),
};
