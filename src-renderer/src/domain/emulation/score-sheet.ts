import * as XLSX from 'xlsx';
import { neutraliseCell } from '../export/neutralise';
import { foldText, nameKey } from '../text/normalize';
import { parseSheetNumber } from '../summary/package-workbook';
import { checkPoints } from './criteria';
import { CRITERION_KIND_LABEL } from './labels';
import type { ClusterMember, Criterion } from './types';

/**
 * Score sheet (bảng tự chấm điểm): one workbook per member, same template. The chair exports the
 * blank template, each member fills the "Tự chấm" column, the chair imports the returned files.
 */
export const SCORE_SHEET_NAME = 'Tự chấm điểm';
const HEADER = ['Mã', 'Nhóm', 'Tiêu chí', 'Loại', 'Điểm tối đa', 'Hệ số', 'Minh chứng', 'Tự chấm', 'Ghi chú'];
const LABEL_CLUSTER = 'Cụm/khối thi đua:';
const LABEL_YEAR = 'Năm:';
const LABEL_MEMBER = 'Đơn vị tự chấm:';

export function buildScoreTemplate(clusterName: string, year: number, criteria: Criterion[], member?: ClusterMember): XLSX.WorkBook {
  const sorted = [...criteria].sort((a, b) => a.order - b.order);
  const rows: Array<Array<string | number>> = [
    [`BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`],
    [LABEL_CLUSTER, clusterName],
    [LABEL_YEAR, year],
    [LABEL_MEMBER, member?.name ?? ''],
    [],
    HEADER,
    ...sorted.map((c) => [c.code, c.group, c.name, CRITERION_KIND_LABEL[c.kind], c.maxPoints, c.weight, c.evidence, '', '']),
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => neutraliseCell(v))));
  ws['!cols'] = [{ wch: 6 }, { wch: 24 }, { wch: 48 }, { wch: 12 }, { wch: 10 }, { wch: 8 }, { wch: 30 }, { wch: 10 }, { wch: 20 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, SCORE_SHEET_NAME);
  return wb;
}

export interface ScoreSheetEntry {
  criterionId: string;
  points: number;
  note?: string;
}

export interface ScoreSheetResult {
  memberId?: string;
  memberText: string;
  entries: ScoreSheetEntry[];
  /** Problems that stop the import (file, sheet, row, column named). */
  errors: string[];
  /** Criteria left blank etc.: import can proceed. */
  warnings: string[];
}

export function readScoreSheet(wb: XLSX.WorkBook, fileName: string, year: number, criteria: Criterion[], members: ClusterMember[]): ScoreSheetResult {
  const sheetName = wb.SheetNames.find((n) => foldText(n) === foldText(SCORE_SHEET_NAME)) ?? wb.SheetNames[0];
  const res: ScoreSheetResult = { memberText: '', entries: [], errors: [], warnings: [] };
  const ws = sheetName ? wb.Sheets[sheetName] : undefined;
  if (!sheetName || !ws) {
    res.errors.push(`Tệp "${fileName}" không có trang tính nào.`);
    return res;
  }
  const at = (r: number, c?: number) => `Tệp "${fileName}", trang "${sheetName}", dòng ${r + 1}${c !== undefined ? `, cột ${XLSX.utils.encode_col(c)}` : ''}`;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '' });
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

  let headerRow = -1;
  let codeCol = -1;
  let selfCol = -1;
  let noteCol = -1;
  rows.forEach((r, i) => {
    const label = foldText(text(r[0]));
    if (label === foldText(LABEL_MEMBER)) res.memberText = text(r[1]);
    if (label === foldText(LABEL_YEAR)) {
      const y = Number(r[1]);
      if (y !== year) res.errors.push(`${at(i, 1)}: bảng chấm năm ${text(r[1])}, không phải năm ${year}.`);
    }
    if (headerRow < 0) {
      const folded = r.map((c) => foldText(text(c)));
      const s = folded.indexOf('tu cham');
      const m = folded.indexOf('ma');
      if (s >= 0 && m >= 0) {
        headerRow = i;
        selfCol = s;
        codeCol = m;
        noteCol = folded.indexOf('ghi chu');
      }
    }
  });
  if (headerRow < 0) {
    res.errors.push(`Tệp "${fileName}", trang "${sheetName}": không tìm thấy dòng tiêu đề có cột "Mã" và "Tự chấm".`);
    return res;
  }
  if (!res.memberText) res.errors.push(`Tệp "${fileName}", trang "${sheetName}": chưa ghi tên đơn vị ở dòng "${LABEL_MEMBER}".`);
  else {
    const key = nameKey(res.memberText);
    const m = members.find((x) => nameKey(x.name) === key);
    if (m) res.memberId = m.id;
    else res.errors.push(`Tệp "${fileName}": đơn vị "${res.memberText}" không phải thành viên của cụm năm ${year}.`);
  }

  const byCode = new Map(criteria.map((c) => [c.code.trim(), c]));
  const seen = new Set<string>();
  for (let i = headerRow + 1; i < rows.length; i++) {
    const r = rows[i]!;
    const code = text(r[codeCol]);
    if (!code) continue;
    const c = byCode.get(code);
    if (!c) {
      res.errors.push(`${at(i, codeCol)}: mã tiêu chí "${code}" không có trong bảng tiêu chí năm ${year}.`);
      continue;
    }
    const raw = r[selfCol];
    if (text(raw) === '') continue;
    const n = parseSheetNumber(raw);
    const problem = n === null ? `"${text(raw)}" không phải là số.` : checkPoints(c, n);
    if (problem || n === null) {
      res.errors.push(`${at(i, selfCol)}: ${problem}`);
      continue;
    }
    seen.add(c.id);
    const note = noteCol >= 0 ? text(r[noteCol]) : '';
    res.entries.push({ criterionId: c.id, points: n, ...(note ? { note } : {}) });
  }
  const blank = criteria.filter((c) => !seen.has(c.id)).map((c) => c.code);
  if (blank.length && res.errors.length === 0) res.warnings.push(`Tệp "${fileName}": chưa chấm tiêu chí ${blank.join(', ')}.`);
  return res;
}
