/** One cell of a mapped column -> its cleaned value, an error or a note, by the column's field kind. */
import type { FieldDef } from './fields';
import { LIMITS } from './limits';
import type { RawCell } from './types';
import { genderFromText, sectorFromText, statusFromText, unitKindFromText } from './codesFromText';
import { cellText, parseCode, parseDate, parseDateOrYear, parseFlag, parseInteger, parseNumber, parseText, parseYear, type Parsed } from './values';

/**
 * `moneyScale`: đồng per unit of the column (1,000,000 for "triệu đồng"); applied before rounding to đồng.
 * `thisYear`: the year of the plan's `today` (the caller's clock), read once per plan rather than once per cell.
 */
export function parseField(def: FieldDef, cell: RawCell | undefined, moneyScale: number, thisYear: number): Parsed<string | number> {
  switch (def.kind) {
    case 'stt':
      return { ok: true, value: undefined };
    case 'name':
    case 'text':
    case 'province':
    case 'commune':
      return parseText(cell, def.kind === 'name' ? LIMITS.nameLength : LIMITS.textLength);
    case 'taxCode':
      return parseCode(cell, 'taxCode');
    case 'phone':
      return parseCode(cell, 'phone');
    case 'date': {
      // A founding date may be only a year ("Năm thành lập: 2005"): kept as "2005", never padded to 01/01.
      if (def.key === 'foundedDate') return parseDateOrYear(cell, thisYear);
      const y =
        typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100
          ? cell
          : typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell)
            ? Number(cell)
            : undefined;
      if (y !== undefined) return { ok: true, value: `${y}-01-01`, note: `Chỉ có năm ${y}: lưu là ngày 01/01/${y}` };
      return parseDate(cell);
    }
    case 'year':
      return parseYear(cell);
    case 'integer':
      return parseInteger(cell);
    case 'money':
    case 'number': {
      const r = parseNumber(cell);
      // r is a fresh result: its value is scaled in place rather than copied.
      if (r.ok && r.value !== undefined && def.kind === 'money') r.value = Math.round(r.value * moneyScale);
      return r;
    }
    case 'flag':
      return parseFlag(cell);
    case 'unitKind': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const k = unitKindFromText(t);
      return k ? { ok: true, value: k } : { ok: false, message: `Không rõ loại hình "${t}" (HTX, THT, Liên hiệp HTX, QTDND)` };
    }
    case 'sector': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const s = sectorFromText(t);
      return s ? { ok: true, value: s } : { ok: true, value: 'khac', note: `Ngành "${t}" không thuộc nhóm nào, xếp vào "Khác"` };
    }
    case 'status': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const s = statusFromText(t);
      return s ? { ok: true, value: s } : { ok: false, message: `Không rõ tình trạng "${t}" (đang hoạt động, tạm ngừng, giải thể)` };
    }
    case 'gender': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const g = genderFromText(t);
      return g ? { ok: true, value: g } : { ok: false, message: `Giới tính "${t}" phải là Nam hoặc Nữ` };
    }
  }
}

/** No quick value: the cell goes through parseField. */
export const SLOW = Symbol('slow');

/**
 * The value of the commonest cells (text in a text column, a number in a number column) without a
 * Parsed result per cell: exactly what parseField would give, or SLOW whenever it might give an
 * error or a note.
 */
export function quickValue(def: FieldDef, cell: RawCell | undefined, moneyScale: number): string | number | typeof SLOW {
  switch (def.kind) {
    case 'name':
    case 'text':
    case 'province':
    case 'commune': {
      if (typeof cell !== 'string') return SLOW;
      const t = cellText(cell);
      return t !== '' && t.length <= (def.kind === 'name' ? LIMITS.nameLength : LIMITS.textLength) ? t : SLOW;
    }
    case 'integer':
      return typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 ? cell : SLOW;
    case 'money':
      return typeof cell === 'number' && Number.isFinite(cell) ? Math.round(cell * moneyScale) : SLOW;
    case 'number':
      return typeof cell === 'number' && Number.isFinite(cell) ? cell : SLOW;
    default:
      return SLOW;
  }
}
