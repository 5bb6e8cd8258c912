import * as XLSX from 'xlsx';
import { neutraliseCell } from '../export/neutralise';
import type { Sector } from '../registry/types';
import { activeUnits, averageIncome } from './bucket';
import { AVERAGE_INCOME_LABEL, BUCKET_FIELD_LABEL, NOT_REPORTED_CELL } from './labels';
import {
  REPORTED_FIELD,
  REPORTED_FIGURES,
  type BucketField,
  type ModelUnitRow,
  type ProvinceRow,
  type SectorRow,
  type SummaryBucket,
  type TrendPoint,
} from './types';

/** The columns shown in summary tables (the raw income sums stay in packages only). */
export const SUMMARY_COLUMNS = ['htx', 'tht', 'lienHiep', 'qtdnd', 'newUnits', 'dissolved', 'newMembers', 'members', 'workers', 'revenue', 'profit'] as const;

/** A cell of a summary table: the sum, or "Chưa có số liệu" for a figure no unit reported. */
export function figureCell(b: SummaryBucket, f: BucketField): number | string {
  const counted = (REPORTED_FIELD as Record<string, BucketField>)[f];
  return counted !== undefined && b[counted] === 0 ? NOT_REPORTED_CELL : b[f];
}

/** Columns after the figures: how many units reported each figure (they explain partial sums). */
const REPORTED_COLUMNS = REPORTED_FIGURES.map((f) => REPORTED_FIELD[f]);

export interface SummaryTables {
  title: string;
  year: number;
  total: SummaryBucket;
  bySector: SectorRow[];
  byProvince: ProvinceRow[];
  modelUnits: ModelUnitRow[];
  newMembersByCommune?: Array<{ provinceCode: string; communeCode: string; count: number }>;
  trend?: TrendPoint[];
  /** Cluster consolidation: one row per member alliance. */
  members?: Array<{ memberName: string; bucket?: SummaryBucket }>;
  /** Cluster ranking rows (rank, name, total, note). */
  ranking?: Array<{ rank: number; name: string; total: number; note: string }>;
}

export interface SummaryNames {
  provinceName: (code: string) => string;
  communeName: (code: string) => string;
  sectorName: (s: Sector | '') => string;
}

type Cell = string | number | null;

function header(): string[] {
  return [...SUMMARY_COLUMNS.map((f) => BUCKET_FIELD_LABEL[f]), AVERAGE_INCOME_LABEL, ...REPORTED_COLUMNS.map((f) => BUCKET_FIELD_LABEL[f])];
}

function cells(b: SummaryBucket): Cell[] {
  return [...SUMMARY_COLUMNS.map((f) => figureCell(b, f)), averageIncome(b) ?? NOT_REPORTED_CELL, ...REPORTED_COLUMNS.map((f) => b[f])];
}

function addSheet(wb: XLSX.WorkBook, name: string, rows: Cell[][], widths: number[]) {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => (c === null ? '' : neutraliseCell(c)))));
  ws['!cols'] = widths.map((wch) => ({ wch }));
  XLSX.utils.book_append_sheet(wb, ws, name);
}

/** The summary tables as an .xlsx workbook (one sheet per table). */
export function buildSummaryWorkbook(t: SummaryTables, names: SummaryNames): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const w = [32, ...SUMMARY_COLUMNS.map(() => 14), 18, ...REPORTED_COLUMNS.map(() => 16)];
  addSheet(
    wb,
    'Tổng hợp',
    [
      [t.title],
      [],
      ['Chỉ tiêu', 'Giá trị'],
      ['Tổng số tổ chức đang hoạt động', activeUnits(t.total)],
      ...SUMMARY_COLUMNS.map((f) => [BUCKET_FIELD_LABEL[f], figureCell(t.total, f)]),
      [AVERAGE_INCOME_LABEL, averageIncome(t.total) ?? NOT_REPORTED_CELL],
      ...REPORTED_COLUMNS.map((f) => [BUCKET_FIELD_LABEL[f], t.total[f]]),
    ],
    [40, 20],
  );
  if (t.members) {
    addSheet(
      wb,
      'Theo thành viên',
      [
        ['Thành viên', ...header()],
        ...t.members.map((m) => [m.memberName, ...(m.bucket ? cells(m.bucket) : ['Chưa gửi số liệu'])]),
        ['Tổng cộng', ...cells(t.total)],
      ],
      w,
    );
  }
  addSheet(wb, 'Theo ngành', [['Ngành', ...header()], ...t.bySector.map((r) => [names.sectorName(r.sector), ...cells(r.bucket)])], w);
  addSheet(wb, 'Theo địa bàn', [['Tỉnh/thành phố', ...header()], ...t.byProvince.map((r) => [names.provinceName(r.provinceCode), ...cells(r.bucket)])], w);
  if (t.newMembersByCommune) {
    addSheet(
      wb,
      'Kết nạp theo xã',
      [
        ['Tỉnh/thành phố', 'Xã/phường', 'Số thành viên kết nạp'],
        ...t.newMembersByCommune.map((r) => [names.provinceName(r.provinceCode), names.communeName(r.communeCode), r.count]),
      ],
      [28, 28, 20],
    );
  }
  addSheet(
    wb,
    'HTX điển hình',
    [
      ['STT', 'Tên đơn vị', 'Tỉnh/thành phố', 'Danh hiệu', 'Số quyết định', ...(t.members ? ['Thành viên cụm'] : [])],
      ...t.modelUnits.map((m, i) => [
        i + 1,
        m.name,
        names.provinceName(m.provinceCode),
        m.awardName,
        m.decisionNumber,
        ...(t.members ? [m.memberName ?? ''] : []),
      ]),
    ],
    [6, 36, 22, 30, 18, 30],
  );
  if (t.trend) {
    addSheet(
      wb,
      'Xu hướng',
      [['Năm', 'HTX', 'THT', 'Liên hiệp HTX', 'QTDND', 'Khác'], ...t.trend.map((p) => [p.year, p.htx, p.tht, p.lienHiep, p.qtdnd, p.other])],
      [8, 10, 10, 14, 10, 10],
    );
  }
  if (t.ranking?.length) {
    addSheet(wb, 'Xếp hạng cụm', [['Hạng', 'Đơn vị', 'Tổng điểm', 'Ghi chú'], ...t.ranking.map((r) => [r.rank, r.name, r.total, r.note])], [8, 36, 12, 60]);
  }
  return wb;
}
