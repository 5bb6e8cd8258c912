/**
 * Who a row is about, for the targets naming a person, a collective or a household (nominations,
 * people, ratings, initiatives): the recipient kind, the stored unit or person it means, or the new
 * one the commit creates ('new:<first row key>', shared by later rows of the same recipient).
 */
import { cleanText, foldText, nameKey } from '../text/normalize';
import type { RecipientKind } from '../awards/types';
import type { UnitKind } from '../registry/types';
import { compareUnits, unitEvidence } from './unitIdentity';
import type { LocalityIndex } from './localityIndex';
import type { ExistingPersonKey, ExistingUnitKey, IdentityChoice, PlanInput, PlannedRow, RowValues } from './planTypes';
import { looksLikePersonName } from './awardMatch';
import { groupBy, storedLabel } from './unitMatch';
import type { RawCell, RowIssue } from './types';

/** A household (hộ gia đình) is a collective recipient stored as a unit of kind 'khac'. */
export type RowRecipientKind = RecipientKind | 'household';

export const HOUSEHOLD = 'Hộ gia đình';

// Words that open a collective's name. Words that are also common surnames (Trương, Đoàn, Bồ, Viên)
// only count with the word that follows them in a unit name.
const UNIT_NAME = new RegExp(
  '^(htx|hop tac xa|to hop tac|tht|lien hiep|quy tin dung|qtdnd|cong ty|doanh nghiep|ban |phong |chi bo|cong doan|lien minh|tap the|ubnd|uy ban|so |' +
    'truong (mam non|mau giao|tieu hoc|thcs|thpt|trung hoc|dai hoc|cao dang|trung cap|pho thong)|benh vien|trung tam|hoi |co quan|chi cuc|cuc |' +
    'vien (khoa hoc|nghien cuu)|xi nghiep|nha may|tong cong ty|dang uy|huyen uy|tinh uy|thanh uy|doan (thanh nien|tncs)|van phong|bo (nong|cong|tai|y te|giao|xay|noi|ke|lao|tu|van|khoa|quoc|ngoai))',
);
const HOUSEHOLD_NAME = /^(ho gia dinh|gia dinh|ho ong|ho ba)\b/;

function text(v: RowValues, key: string): string | undefined {
  const x = v[key];
  return typeof x === 'string' && x ? x : undefined;
}

/**
 * The kind of recipient a row names: the recipient-kind cell (TAPTHE / CANHAN / HOGIADINH or words),
 * else the category, else the shape of the name, else person details, else the wizard's default.
 */
export function recipientKindOf(v: RowValues, defaultKind: RecipientKind | undefined): RowRecipientKind {
  const kindText = foldText(text(v, 'recipientKind') ?? '').replace(/[^a-z]+/g, ' ');
  const squeezed = kindText.replace(/ /g, '');
  if (/hogiadinh|giadinh/.test(squeezed)) return 'household';
  if (/canhan/.test(squeezed)) return 'person';
  if (/tapthe|donvi/.test(squeezed)) return 'unit';
  const category = foldText(text(v, 'category') ?? '');
  if (/ho gia dinh/.test(category)) return 'household';
  if (/^(lanh dao|nguoi truc tiep|doanh nhan|can bo|cong nhan|nong dan|chien si|quan nhan)/.test(category)) return 'person';
  if (/^(co quan|doanh nghiep|don vi|tap the|to chuc|htx|hop tac xa)/.test(category)) return 'unit';
  const name = cleanText(String(v.recipientName ?? ''));
  const folded = foldText(name);
  if (HOUSEHOLD_NAME.test(folded)) return 'household';
  if (UNIT_NAME.test(folded) || v.taxCode !== undefined) return 'unit';
  if (looksLikePersonName(name)) return 'person';
  if (v.gender !== undefined || v.birthYear !== undefined || v.birthDate !== undefined || v.position !== undefined || v.honorific !== undefined)
    return 'person';
  return defaultKind ?? 'unit';
}

/**
 * Person details spread over several columns, read into gender / birthYear: the honorific
 * ("Ông", "Bà") gives the gender when no gender column does, the Nam | Nữ birth-year columns give
 * both, a birth date gives the year (`birthCell`: the raw birth-date cell, to tell a year-only cell).
 */
export function readPersonValues(v: RowValues, birthCell?: RawCell): void {
  if (typeof v.birthYearMale === 'number') {
    v.birthYear ??= v.birthYearMale;
    v.gender ??= 'nam';
  } else if (typeof v.birthYearFemale === 'number') {
    v.birthYear ??= v.birthYearFemale;
    v.gender ??= 'nu';
  }
  if (typeof v.birthDate === 'string' && /^\d{4}/.test(v.birthDate)) {
    v.birthYear ??= Number(v.birthDate.slice(0, 4));
    // Only a year in the birth-date cell ("1975", stored by parseField as 01/01): not a known birthday.
    if (v.birthDate.length === 4 || (birthCell !== undefined && /^\s*\d{4}\s*$/.test(String(birthCell)))) delete v.birthDate;
  }
  const honorific = foldText(text(v, 'honorific') ?? '');
  if (v.gender === undefined && honorific) {
    if (/^(ong|anh|chu)\b/.test(honorific)) v.gender = 'nam';
    else if (/^(ba|chi|co)\b/.test(honorific)) v.gender = 'nu';
  }
}

/** Unit kind of a unit created from a name: HTX, THT, … by the name's first words, else 'khac'. */
export function unitKindOfName(name: string): UnitKind {
  const f = foldText(name);
  if (/^(lien hiep|lhhtx)\b/.test(f)) return 'lien_hiep';
  if (/^(quy tin dung|qtdnd)\b/.test(f)) return 'qtdnd';
  if (/^(to hop tac|tht)\b/.test(f)) return 'tht';
  if (/^(hop tac xa|htx)\b/.test(f)) return 'htx';
  return 'khac';
}

export interface PersonFound {
  /** Stored person, new ('new:…') person, or none (error pushed / not created). */
  id?: string;
  stored: boolean;
  /** Identity of the person within the file (name + unit + birth), to find repeats. */
  key: string;
}

function issue(row: PlannedRow, message: string, severity: RowIssue['severity'] = 'error', field?: string): RowIssue {
  return { sheet: row.sheet, row: row.row, severity, message, ...(field ? { field } : {}) };
}

/** Births agree unless both sides know them and they differ (a full date beats a year). */
function sameBirth(p: ExistingPersonKey, birthDate: string | undefined, birthYear: number | undefined): boolean {
  if (birthDate && p.birthDate && birthDate !== p.birthDate) return false;
  if (birthYear && p.birthYear && birthYear !== p.birthYear) return false;
  return true;
}

export class RecipientResolver {
  private byTax = new Map<string, string>();
  private unitsByName: Map<string, ExistingUnitKey[]>;
  private peopleByName: Map<string, ExistingPersonKey[]>;
  /** New recipients of this file: identity key -> 'new:<row key>'. */
  private newPeople = new Map<string, string>();
  private newUnits = new Map<string, string>();

  constructor(
    private input: PlanInput,
    private localities: LocalityIndex,
  ) {
    for (const u of input.existing.units) if (u.taxCode) this.byTax.set(u.taxCode, u.id);
    this.unitsByName = groupBy(input.existing.units, (u) => u.nameKey);
    this.peopleByName = groupBy(input.existing.people, (p) => p.nameKey);
  }

  /**
   * The stored unit a name means. Same-name units (generic names repeat in every commune) are told
   * apart by the row's commune, former district and address, as the award history import does.
   */
  findUnit(row: PlannedRow, unitName: string | undefined, taxCode: string | undefined): { id?: string; candidates?: ExistingUnitKey[] } {
    if (taxCode && this.byTax.has(taxCode)) return { id: this.byTax.get(taxCode) };
    if (!unitName) return {};
    const list = this.unitsByName.get(nameKey(unitName)) ?? [];
    if (list.length <= 1) return { id: list[0]?.id };
    const v = row.values;
    const ev = unitEvidence({ name: unitName, communeName: text(v, 'commune'), legacyDistrict: text(v, 'legacyDistrict'), address: text(v, 'address') });
    const same: ExistingUnitKey[] = [];
    const open: ExistingUnitKey[] = [];
    for (const u of list) {
      const c = compareUnits(ev, unitEvidence({ ...u, communeName: this.localities.communeName(u.communeCode) })).verdict;
      if (c === 'same') same.push(u);
      else if (c === 'unknown') open.push(u);
    }
    const left = same.length ? same : open;
    if (left.length === 1) return { id: left[0]!.id };
    const chosen = this.input.identityChoices?.get(row.key);
    const picked = chosen?.startsWith('unit:') ? left.find((u) => `unit:${u.id}` === chosen) : undefined;
    return picked ? { id: picked.id } : { candidates: left };
  }

  /** Same-name units the row cannot be placed on by itself: the user picks one (an error until then). */
  private askWhichUnit(row: PlannedRow, unitName: string, candidates: ExistingUnitKey[]): void {
    const chosen = this.input.identityChoices?.get(row.key);
    row.question = {
      kind: 'unknown',
      reason: `Có ${candidates.length} đơn vị tên "${unitName}" trong danh bạ: chọn đúng đơn vị (hoặc thêm cột xã/phường, địa chỉ, mã số thuế vào tệp)`,
      options: [
        { value: 'new', label: 'Chưa chọn (dòng chưa được ghi)' },
        ...candidates.map((u) => ({ value: `unit:${u.id}` as IdentityChoice, label: storedLabel(u, this.localities) })),
      ],
      chosen: chosen && candidates.some((u) => `unit:${u.id}` === chosen) ? chosen : 'new',
      byUser: !!chosen,
    };
    row.issues.push(issue(row, `Có ${candidates.length} đơn vị tên "${unitName}" trong danh bạ: chọn đơn vị ở cột "Kết quả"`));
  }

  /**
   * A collective recipient (unit or household): stored, or new when `create` (row.creates = 'unit').
   * Returns the unit id, undefined after pushing an error.
   */
  unit(row: PlannedRow, kind: 'unit' | 'household', create: boolean): string | undefined {
    const v = row.values;
    const name = cleanText(String(v.recipientName ?? ''));
    const found = this.findUnit(row, name, text(v, 'taxCode'));
    if (found.candidates) {
      this.askWhichUnit(row, name, found.candidates);
      return undefined;
    }
    if (found.id) {
      if (this.input.identityChoices?.has(row.key)) row.matchedBy = 'choice';
      else row.matchedBy = text(v, 'taxCode') && this.byTax.get(text(v, 'taxCode')!) === found.id ? 'taxCode' : 'name';
      row.unitId = found.id;
      row.matchId = found.id;
      return found.id;
    }
    if (!create) {
      row.issues.push(issue(row, `Chưa có ${kind === 'household' ? 'hộ gia đình' : 'đơn vị'} "${name}" trong danh bạ; hãy nhập danh sách đơn vị trước`));
      return undefined;
    }
    const key = text(v, 'taxCode') ?? nameKey(name);
    let id = this.newUnits.get(key);
    if (!id) this.newUnits.set(key, (id = `new:${row.key}`));
    row.unitId = id;
    row.creates = 'unit';
    // What the commit gives the new unit.
    v.newUnitKind = kind === 'household' ? 'khac' : unitKindOfName(name);
    if (kind === 'household') v.newUnitNotes = HOUSEHOLD;
    return id;
  }

  /** The stored people a name (+ unit, birth) may mean; the unit of the person's workplace is set on the row. */
  private personCandidates(row: PlannedRow, name: string, unitName: string | undefined): { candidates: ExistingPersonKey[]; key: string } {
    const v = row.values;
    const unitId = this.findUnit(row, unitName, text(v, 'taxCode')).id;
    if (unitId) row.unitId = unitId;
    const nk = nameKey(name);
    const birthYear = typeof v.birthYear === 'number' ? v.birthYear : undefined;
    const birthDate = text(v, 'birthDate');
    const candidates = (this.peopleByName.get(nk) ?? []).filter((p) => (!unitId || !p.unitId || p.unitId === unitId) && sameBirth(p, birthDate, birthYear));
    return { candidates, key: `${nk}|${unitId ?? nameKey(unitName ?? '')}|${birthDate ?? birthYear ?? ''}` };
  }

  /**
   * A person recipient: the stored one (name + unit + birth), else a new one when `create`
   * (row.creates = 'person'; later rows of the same person share its id).
   */
  person(row: PlannedRow, create: boolean): PersonFound {
    const v = row.values;
    const name = cleanText(String(v.recipientName ?? ''));
    const { candidates, key } = this.personCandidates(row, name, text(v, 'unitName'));
    if (candidates.length === 1) {
      row.personId = candidates[0]!.id;
      row.matchId = row.personId;
      row.matchedBy = 'name';
      return { id: row.personId, stored: true, key };
    }
    if (candidates.length > 1) {
      row.issues.push(issue(row, `Có ${candidates.length} người tên "${name}"; hãy thêm năm sinh, ngày sinh hoặc đơn vị để phân biệt`));
      return { stored: false, key };
    }
    if (!create) {
      row.issues.push(issue(row, `Chưa có cá nhân "${name}" trong danh sách cá nhân; hãy nhập danh sách cá nhân trước`));
      return { stored: false, key };
    }
    let id = this.newPeople.get(key);
    if (!id) {
      this.newPeople.set(key, (id = `new:${row.key}`));
      if (v.gender === undefined) {
        row.issues.push(issue(row, `Chưa rõ giới tính của "${name}": tạm ghi là Nam, hãy sửa ở hồ sơ cá nhân nếu cần`, 'warning', 'gender'));
      }
    }
    row.personId = id;
    row.creates = 'person';
    return { id, stored: false, key };
  }

  /** A stored person named in a list cell (initiative authors): one match or none, never created. */
  storedPerson(row: PlannedRow, name: string, unitName: string | undefined): { id?: string; ambiguous?: number } {
    const { candidates } = this.personCandidates({ ...row, values: { ...row.values, birthYear: undefined, birthDate: undefined } }, name, unitName);
    if (candidates.length === 1) return { id: candidates[0]!.id };
    return candidates.length ? { ambiguous: candidates.length } : {};
  }
}

/** Column of a field in the row's sheet, for issues about a cell. */
export function cellOf(input: PlanInput, row: PlannedRow, field: string): { col?: number; column?: string } {
  const col = input.mapping.indexOf(field);
  if (col < 0) return {};
  const sheet = input.sheets.find((s) => s.index === row.sheetIndex);
  return { col, column: sheet?.layout.names[col] || field };
}

/** Error or warning about a row (and its cell when the field has a column). */
export function rowIssue(input: PlanInput, row: PlannedRow, message: string, severity: RowIssue['severity'], field?: string): RowIssue {
  return { sheet: row.sheet, row: row.row, ...(field ? { field, ...cellOf(input, row, field) } : {}), severity, message };
}

/** The cell a row holds for a field, as corrected inline when it was. */
export function rawCellOf(input: PlanInput, row: PlannedRow, field: string): RawCell | undefined {
  const col = input.mapping.indexOf(field);
  if (col < 0) return undefined;
  const edited = input.edits?.get(`${row.key}:${col}`);
  if (edited !== undefined) return edited;
  return input.sheets.find((s) => s.index === row.sheetIndex)?.rows[row.row]?.[col];
}

/** Person details of a row read into gender / birthYear / birthDate (see readPersonValues). */
export function readRowPerson(input: PlanInput, row: PlannedRow): void {
  readPersonValues(row.values, rawCellOf(input, row, 'birthDate'));
}

/** Skipped rows and rows with an error already are left as they are. */
export function isOpen(row: PlannedRow): boolean {
  return row.status !== 'skipped' && !row.issues.some((i) => i.severity === 'error');
}

/** Marks a row as repeating an earlier row of the file. */
export function markRepeat(row: PlannedRow, first: PlannedRow, what: string): void {
  row.status = 'duplicate';
  row.duplicateOf = first.key;
  row.issues.push({
    sheet: row.sheet,
    row: row.row,
    severity: 'warning',
    message: `Trùng với dòng ${first.row + 1} của trang tính "${first.sheet}" (${what})`,
  });
}
