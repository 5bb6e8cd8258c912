/** Registry data shapes (issue: registry). Dates are ISO yyyy-mm-dd strings; money in đồng. */

export const UNIT_KINDS = ['htx', 'tht', 'lien_hiep', 'qtdnd', 'khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_STATUSES = ['active', 'paused', 'dissolved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const SECTORS = ['nong_nghiep', 'qtdnd', 'cn_tttcn', 'gtvt', 'xay_dung', 'tm_dv', 'khac'] as const;
export type Sector = (typeof SECTORS)[number];

/** How a record came to exist; demo and generated data can be removed as a group. */
export type RecordOrigin = 'manual' | 'import' | 'demo' | 'generated';

/** IndexedDB cannot index booleans, so flags are stored as 0 | 1. */
export type Flag = 0 | 1;

export interface Unit {
  id: string;
  kind: UnitKind;
  name: string;
  shortName?: string;
  /** Mã số HTX / mã số thuế: 10 digits, or a branch "0123456789-001". Kept as text. */
  taxCode?: string;
  provinceCode?: string;
  communeCode?: string;
  /** District named by old records (before 01/07/2025); historical only. */
  legacyDistrict?: string;
  address?: string;
  sector?: Sector;
  /**
   * Founding date: ISO "yyyy-mm-dd", or "yyyy" when only the year is known (ISO 8601 reduced
   * precision; spreadsheets often give just "Năm thành lập"). Never padded to 01/01. Compare with
   * domain/text/partialDate.ts, show with formatDate.
   */
  foundedDate?: string;
  status: UnitStatus;
  /** Date the current status took effect (the dissolution date when dissolved). */
  statusDate?: string;
  /** Alliance member (kết nạp). */
  member: Flag;
  /** Year admitted to the alliance. */
  memberSince?: number;
  leaderName?: string;
  phone?: string;
  email?: string;
  notes?: string;
  origin: RecordOrigin;
  importBatchId?: string;
  /** Derived: folded words of name, short name and tax code, for prefix search. */
  searchWords: string[];
  /** Derived: folded name, for matching imports by name + commune. */
  nameKey: string;
  /** Derived: viSortKey(name); indexed so lists come out of IndexedDB in Vietnamese order. */
  sortKey: string;
  /**
   * Year-end indicators, one entry per year, kept in the unit's own record (schema v3): IndexedDB
   * charges per record, so a 100,000-row import writes 100,000 records instead of 200,000, and the
   * summary reads one table. Read them as UnitYear through domain/registry/unitYears.ts.
   */
  years?: StoredUnitYear[];
  createdAt: string;
  updatedAt: string;
}

/** Year-end indicators of one unit (chỉ tiêu năm). Money in đồng. */
export interface UnitYear {
  /** `${unitId}:${year}`: names a unit's year in audit entries and undo snapshots. */
  id: string;
  unitId: string;
  year: number;
  members?: number;
  workers?: number;
  charterCapital?: number;
  assets?: number;
  revenue?: number;
  profit?: number;
  taxesPaid?: number;
  /** Average monthly income per worker. */
  avgIncome?: number;
  /** Classification (xếp loại) text, e.g. "Tốt", "Khá". */
  classification?: string;
  importBatchId?: string;
  updatedAt: string;
}

/** A UnitYear as stored inside its unit (Unit.years): the unit gives unitId, the pair gives id. */
export type StoredUnitYear = Omit<UnitYear, 'id' | 'unitId'>;

export const UNIT_YEAR_NUMBER_FIELDS = ['members', 'workers', 'charterCapital', 'assets', 'revenue', 'profit', 'taxesPaid', 'avgIncome'] as const;
export type UnitYearNumberField = (typeof UNIT_YEAR_NUMBER_FIELDS)[number];

export interface Province {
  code: string;
  name: string;
  /** Old provinces merged into this one on 01/07/2025 (names), for matching legacy files. */
  formerNames: string[];
}

export interface Commune {
  code: string;
  provinceCode: string;
  name: string;
  /** 'xa' | 'phuong' | 'dac_khu' */
  type: 'xa' | 'phuong' | 'dac_khu';
}

/** Office profile (thông tin cơ quan) used in printed documents. */
export interface OfficeProfile {
  allianceName: string;
  /** Superior body printed above the agency name, e.g. "UBND THÀNH PHỐ HÀ NỘI". */
  parentBody: string;
  provinceCode?: string;
  /** Place name printed in the date line, e.g. "Hà Nội". */
  placeName: string;
  leaderName: string;
  /** e.g. "PHÓ CHỦ TỊCH"; the signing line "KT. CHỦ TỊCH" is derived from signAuthority. */
  leaderTitle: string;
  /** e.g. "KT. CHỦ TỊCH" or "" when the chair signs. */
  signAuthority: string;
  /** Document number suffix, e.g. "LMHTX" in "Số: 05/TTr-LMHTX". */
  documentPrefix: string;
  /** The agency's name in running text ("Liên minh Hợp tác xã thành phố Hà Nội"); empty = derived from allianceName. */
  agencyNameInText?: string;
  /** Abbreviation of the drafting unit in "- Lưu: VT, VP, 03." (Nghị định 30/2020, Phụ lục I). */
  draftingUnit?: string;
  /** Name of the person using this copy; written into the audit log. */
  userName: string;
}
