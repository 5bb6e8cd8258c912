/**
 * Awards: each row's recipient (a stored unit, a stored or new person) and award name (placed on the
 * catalogue), and repeats of stored awards or of earlier rows.
 */
import { cleanText, foldText, nameKey } from '../text/normalize';
import type { RecipientKind } from '../awards/types';
import { awardNameChoiceKey, CatalogMatcher, commendationTypeOf, placeAwardName } from '../awards/catalogMatch';
import { compareUnits, unitEvidence } from './unitIdentity';
import type { LocalityIndex } from './localityIndex';
import type { AwardNameMatch, ExistingUnitKey, IdentityChoice, PlanInput, PlannedRow } from './planTypes';
import { groupBy, storedLabel } from './unitMatch';

const UNIT_NAME = /^(htx|hop tac xa|to hop tac|tht|lien hiep|quy tin dung|qtdnd|cong ty|doanh nghiep|ban |phong |chi bo|cong doan|lien minh|tap the)/;

/** "Nguyễn Thị Hoa": two to five capitalised words, no digits, no unit word (checked before). */
export function looksLikePersonName(name: string): boolean {
  const words = cleanText(name).split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** Place each row's award name on a catalogue entry (the user's choice first), listing distinct names. */
function placeAwardNames(row: PlannedRow, kind: RecipientKind, matcher: CatalogMatcher, input: PlanInput, names: Map<string, AwardNameMatch>): void {
  const v = row.values;
  const awardName = String(v.awardName ?? '');
  const key = awardNameChoiceKey(kind, awardName);
  let match = names.get(key);
  if (!match) {
    const { entry, by } = placeAwardName(
      matcher,
      input.awardChoices ?? new Map(),
      awardName,
      kind,
      typeof v.issuingBody === 'string' ? v.issuingBody : undefined,
    );
    match = { key, awardName, recipientKind: kind, rows: 0, by, ...(entry ? { code: entry.code } : {}) };
    names.set(key, match);
  }
  match.rows++;
  const entry = match.code ? matcher.entry(match.code) : undefined;
  v.catalogCode = entry?.code ?? '';
  v.commendationType = commendationTypeOf(awardName, entry);
  if (!entry) {
    row.issues.push({
      sheet: row.sheet,
      row: row.row,
      field: 'awardName',
      severity: 'warning',
      message: `Chưa khớp mục nào của danh mục khen thưởng: vẫn lưu vào lịch sử nhưng không được tính khi xét điều kiện`,
    });
  }
}

export function matchAwards(rows: PlannedRow[], input: PlanInput, awardNames: AwardNameMatch[], localities: LocalityIndex): void {
  const matcher = new CatalogMatcher(input.catalog ?? []);
  const names = new Map<string, AwardNameMatch>();
  const byTax = new Map<string, string>();
  for (const u of input.existing.units) if (u.taxCode) byTax.set(u.taxCode, u.id);
  const unitsByName = groupBy(input.existing.units, (u) => u.nameKey);
  const peopleByName = groupBy(input.existing.people, (p) => p.nameKey);
  const awardKeys = new Set(input.existing.awardKeys);
  const seen = new Map<string, PlannedRow>();
  /** People created by this file, so two awards of one new person share the person. */
  const newPeople = new Map<string, string>();

  for (const row of rows) {
    const v = row.values;
    if (v.year === undefined && typeof v.decisionDate === 'string') v.year = Number(v.decisionDate.slice(0, 4));
    if (v.year === undefined && !row.issues.some((i) => i.field === 'year')) {
      row.issues.push({
        sheet: row.sheet,
        row: row.row,
        field: 'year',
        severity: 'error',
        message: 'Thiếu năm khen thưởng (không có cột năm hoặc ngày quyết định)',
      });
    }
    if (typeof v.birthYearMale === 'number') {
      v.birthYear = v.birthYearMale;
      v.gender ??= 'nam';
    } else if (typeof v.birthYearFemale === 'number') {
      v.birthYear = v.birthYearFemale;
      v.gender ??= 'nu';
    }
    if (row.status === 'skipped' || row.issues.some((i) => i.severity === 'error')) continue;
    const name = String(v.recipientName ?? '');
    const kindText = typeof v.recipientKind === 'string' ? foldText(v.recipientKind) : '';
    let kind: RecipientKind;
    if (/ca nhan/.test(kindText)) kind = 'person';
    else if (/tap the|don vi/.test(kindText)) kind = 'unit';
    else if (UNIT_NAME.test(foldText(name)) || v.taxCode !== undefined) kind = 'unit';
    else if (v.gender !== undefined || v.birthYear !== undefined || v.position !== undefined || looksLikePersonName(name)) kind = 'person';
    else kind = input.defaultRecipientKind ?? 'unit';
    row.recipientKind = kind;
    placeAwardNames(row, kind, matcher, input, names);

    /**
     * The stored unit a name means. Same-name units (generic THT names repeat in every commune) are
     * told apart by the row's commune, former district and address, as the registry import does.
     */
    const findUnit = (unitName: string | undefined, taxCode: string | undefined): { id?: string; candidates?: ExistingUnitKey[] } => {
      if (taxCode && byTax.has(taxCode)) return { id: byTax.get(taxCode) };
      if (!unitName) return {};
      const list = unitsByName.get(nameKey(unitName)) ?? [];
      if (list.length <= 1) return { id: list[0]?.id };
      const ev = unitEvidence({
        name: unitName,
        communeName: typeof v.commune === 'string' ? v.commune : undefined,
        legacyDistrict: typeof v.legacyDistrict === 'string' ? v.legacyDistrict : undefined,
        address: typeof v.address === 'string' ? v.address : undefined,
      });
      const same: ExistingUnitKey[] = [];
      const open: ExistingUnitKey[] = [];
      for (const u of list) {
        const c = compareUnits(ev, unitEvidence({ ...u, communeName: localities.communeName(u.communeCode) })).verdict;
        if (c === 'same') same.push(u);
        else if (c === 'unknown') open.push(u);
      }
      const left = same.length ? same : open;
      if (left.length === 1) return { id: left[0]!.id };
      const chosen = input.identityChoices?.get(row.key);
      const picked = chosen?.startsWith('unit:') ? left.find((u) => `unit:${u.id}` === chosen) : undefined;
      return picked ? { id: picked.id } : { candidates: left };
    };
    /** Same-name units the row cannot be placed on by itself: the user picks one. */
    const askWhichUnit = (unitName: string, candidates: ExistingUnitKey[]): void => {
      const chosen = input.identityChoices?.get(row.key);
      row.question = {
        kind: 'unknown',
        reason: `Có ${candidates.length} đơn vị tên "${unitName}" trong danh bạ: chọn đúng đơn vị (hoặc thêm cột xã/phường, địa chỉ, mã số thuế vào tệp)`,
        options: [
          { value: 'new', label: 'Chưa chọn (dòng chưa được ghi)' },
          ...candidates.map((u) => ({ value: `unit:${u.id}` as IdentityChoice, label: storedLabel(u, localities) })),
        ],
        chosen: chosen && candidates.some((u) => `unit:${u.id}` === chosen) ? chosen : 'new',
        byUser: !!chosen,
      };
    };

    let recipientId: string;
    if (kind === 'unit') {
      const found = findUnit(name, typeof v.taxCode === 'string' ? v.taxCode : undefined);
      if (found.candidates) {
        askWhichUnit(name, found.candidates);
        row.issues.push({
          sheet: row.sheet,
          row: row.row,
          severity: 'error',
          message: `Có ${found.candidates.length} đơn vị tên "${name}" trong danh bạ: chọn đơn vị ở cột "Kết quả"`,
        });
        continue;
      }
      const unit = found.id;
      if (!unit) {
        row.issues.push({
          sheet: row.sheet,
          row: row.row,
          severity: 'error',
          message: `Chưa có đơn vị "${name}" trong danh bạ; hãy nhập danh sách đơn vị trước`,
        });
        continue;
      }
      if (input.identityChoices?.has(row.key)) row.matchedBy = 'choice';
      recipientId = unit;
      row.unitId = unit;
      row.matchId = unit;
    } else {
      const unitName = typeof v.unitName === 'string' ? v.unitName : undefined;
      const unitId = findUnit(unitName, typeof v.taxCode === 'string' ? v.taxCode : undefined).id;
      if (unitId) row.unitId = unitId;
      const nk = nameKey(name);
      const birthYear = typeof v.birthYear === 'number' ? v.birthYear : undefined;
      const candidates = (peopleByName.get(nk) ?? []).filter(
        (p) => (!unitId || !p.unitId || p.unitId === unitId) && (!birthYear || !p.birthYear || p.birthYear === birthYear),
      );
      const personKey = `${nk}|${unitId ?? unitName ?? ''}|${birthYear ?? ''}`;
      if (candidates.length === 1) {
        row.personId = candidates[0]!.id;
        row.matchId = row.personId;
      } else if (candidates.length > 1) {
        row.issues.push({
          sheet: row.sheet,
          row: row.row,
          severity: 'error',
          message: `Có ${candidates.length} người tên "${name}"; hãy thêm năm sinh hoặc đơn vị để phân biệt`,
        });
        continue;
      } else {
        if (v.gender === undefined) {
          row.issues.push({
            sheet: row.sheet,
            row: row.row,
            field: 'gender',
            severity: 'warning',
            message: `Chưa rõ giới tính của "${name}": tạm ghi là Nam, hãy sửa ở hồ sơ cá nhân nếu cần`,
          });
        }
        const planned = newPeople.get(personKey);
        row.personId = planned ?? `new:${row.key}`;
        if (!planned) newPeople.set(personKey, row.personId);
      }
      recipientId = row.personId;
    }
    const awardKey = `${recipientId}|${v.year}|${nameKey(String(v.awardName ?? ''))}|${cleanText(String(v.decisionNumber ?? ''))}`;
    if (awardKeys.has(awardKey)) {
      row.status = 'duplicate';
      row.issues.push({
        sheet: row.sheet,
        row: row.row,
        severity: 'warning',
        message: 'Khen thưởng này đã có trong dữ liệu (cùng người nhận, năm, danh hiệu và số quyết định)',
      });
      continue;
    }
    const first = seen.get(awardKey);
    if (first) {
      row.status = 'duplicate';
      row.duplicateOf = first.key;
      row.issues.push({
        sheet: row.sheet,
        row: row.row,
        severity: 'warning',
        message: `Trùng với dòng ${first.row + 1} của trang tính "${first.sheet}" trong cùng tệp`,
      });
      continue;
    }
    seen.set(awardKey, row);
    row.status = 'new';
  }
  awardNames.push(...names.values());
}

/** Stored award identity, the same key the plan compares against. */
export function awardKey(recipientId: string, year: number, awardName: string, decisionNumber: string | undefined): string {
  return `${recipientId}|${year}|${nameKey(awardName)}|${cleanText(decisionNumber ?? '')}`;
}
