/**
 * Initiative lists (sáng kiến, đề tài): the year and scope of each, and its authors matched to
 * stored people. One record per author found (an initiative counts for its author); authors the
 * registry does not know are never created: the list is kept as written, counted for no one.
 */
import { foldText, nameKey } from '../text/normalize';
import type { InitiativeLevel } from '../awards/types';
import type { LocalityIndex } from './localityIndex';
import type { PlanInput, PlannedRow } from './planTypes';
import { isOpen, RecipientResolver, rowIssue } from './recipientMatch';

export const NO_AUTHOR_FOUND = 'Tác giả chưa có trong danh sách cá nhân: sáng kiến được lưu nhưng chưa tính cho ai';

/** Stored initiative identity, as loadExistingIndex writes it. */
export function initiativeKey(personId: string | undefined, title: string): string {
  return `${personId ?? ''}|${nameKey(title)}`;
}

/** "Nguyễn Văn A, Trần Thị B" / ";" / line breaks / " và " -> names; "(chủ nhiệm)" notes dropped. */
export function splitAuthors(text: string): string[] {
  return text
    .split(/[,;\n\r]+|\s+-\s+|\s+và\s+/)
    .map((s) =>
      s
        .replace(/\([^)]*\)/g, ' ')
        .replace(/^\s*(\d+[.)]|[-+•*])\s*/, '')
        .replace(/^(ông|bà|ths\.?|ts\.?|ks\.?|cn\.?|pgs\.?|gs\.?)\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Scope from the level cell or the recognising body: null when the text names none. */
export function initiativeLevelOf(text: string): InitiativeLevel | null {
  const f = foldText(text);
  if (/toan quoc|quoc gia|ca nuoc/.test(f)) return 'toan_quoc';
  if (/\bco so\b/.test(f)) return 'co_so';
  // A ministry, a province, a branch or a central body (Liên minh HTX Việt Nam is a ban/ngành).
  if (/\b(bo|tinh|nganh|thanh pho|tp|trung uong|lien minh|so)\b/.test(f)) return 'bo_tinh';
  if (/\b(don vi|htx|hop tac xa|xa|phuong|cong ty|doanh nghiep)\b/.test(f)) return 'co_so';
  return null;
}

export function matchInitiatives(rows: PlannedRow[], input: PlanInput, localities: LocalityIndex): void {
  const resolver = new RecipientResolver(input, localities);
  const stored = new Set(input.existing.initiativeKeys ?? []);
  const seen = new Map<string, PlannedRow>();
  for (const row of rows) {
    const v = row.values;
    if (typeof v.recognisedDate === 'string' && /^\d{4}/.test(v.recognisedDate)) v.year ??= Number(v.recognisedDate.slice(0, 4));
    v.year ??= input.defaultYear;
    if (v.year === undefined && !row.issues.some((i) => i.field === 'year')) {
      row.issues.push(rowIssue(input, row, 'Thiếu năm công nhận: thêm cột năm hoặc ngày công nhận, hoặc nhập năm chung cho cả tệp', 'error', 'year'));
    }
    // Scope: the level column, else the recognising body; a level written but not understood is an error.
    const levelText = typeof v.level === 'string' ? v.level : undefined;
    let level = levelText ? initiativeLevelOf(levelText) : null;
    if (levelText && !level) {
      row.issues.push(rowIssue(input, row, `Không rõ phạm vi "${levelText}": cần cấp cơ sở, cấp bộ/ngành/tỉnh hoặc toàn quốc`, 'error', 'level'));
    }
    if (!level && !levelText && typeof v.recognisedBy === 'string') level = initiativeLevelOf(v.recognisedBy);
    if (!level) {
      level = 'co_so';
      if (!levelText) row.issues.push(rowIssue(input, row, 'Chưa ghi phạm vi: tạm ghi cấp cơ sở', 'warning', 'level'));
    }
    v.level = level;
    if (!isOpen(row)) continue;

    const title = String(v.title ?? '');
    const unitName = typeof v.unitName === 'string' ? v.unitName : undefined;
    const names = typeof v.authors === 'string' ? splitAuthors(v.authors) : [];
    const ids: string[] = [];
    const missing: string[] = [];
    for (const name of names) {
      const found = resolver.storedPerson(row, name, unitName);
      if (found.id) {
        if (!ids.includes(found.id)) ids.push(found.id);
      } else missing.push(found.ambiguous ? `${name} (${found.ambiguous} người cùng tên)` : name);
    }
    if (!names.length) row.issues.push(rowIssue(input, row, 'Không ghi tác giả: sáng kiến được lưu nhưng chưa tính cho ai', 'warning', 'authors'));
    else if (!ids.length) row.issues.push(rowIssue(input, row, `${NO_AUTHOR_FOUND} (${missing.join(', ')})`, 'warning', 'authors'));
    else if (missing.length) {
      row.issues.push(
        rowIssue(input, row, `Chưa có trong danh sách cá nhân: ${missing.join(', ')} (sáng kiến chỉ được tính cho tác giả đã có)`, 'warning', 'authors'),
      );
    }
    row.recipientKind = 'person';
    if (ids.length) row.personId = ids[0];
    // One record per author found; an author already holding it in the data is left alone.
    const keys = (ids.length ? ids : [undefined]).map((id) => initiativeKey(id, title));
    const fresh = ids.length ? ids.filter((_, i) => !stored.has(keys[i]!)) : stored.has(keys[0]!) ? [] : [''];
    if (!fresh.length) {
      row.status = 'duplicate';
      row.issues.push(rowIssue(input, row, `Sáng kiến "${title}" đã có trong dữ liệu${ids.length ? ' cho tác giả này' : ''}`, 'warning'));
      continue;
    }
    const firstKey = keys.find((k) => seen.has(k));
    if (firstKey) {
      const first = seen.get(firstKey)!;
      row.status = 'duplicate';
      row.duplicateOf = first.key;
      row.issues.push(rowIssue(input, row, `Trùng với dòng ${first.row + 1} của trang tính "${first.sheet}" (cùng sáng kiến, cùng tác giả)`, 'warning'));
      continue;
    }
    for (const k of keys) seen.set(k, row);
    // Authors the commit writes a record for ('' = one record without an author).
    v.authorIds = fresh.join(',');
    if (ids.length && fresh.length < ids.length) {
      row.issues.push(rowIssue(input, row, `${ids.length - fresh.length} tác giả đã có sáng kiến này trong dữ liệu: chỉ thêm cho tác giả còn lại`, 'warning'));
    }
    row.status = 'new';
  }
}
