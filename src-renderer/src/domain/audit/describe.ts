/**
 * The change log as people read it: Vietnamese table and action names, the unit or person an entry
 * is about (from the values the entry stored, so it still reads after the record is deleted), and the
 * fields an edit changed with their Vietnamese labels and formatted values. Never an internal code or id.
 * Pure: names of units, people and catalogue entries come from the caller (`AuditNames`).
 */
import type { AuditEntry } from './types';
import type { RecipientKind } from '../awards/types';
import {
  BLOCK_KIND_LABEL,
  COMMENDATION_TYPE_LABEL,
  DISCIPLINE_LEVEL_LABEL,
  DOCUMENT_TYPE_LABEL,
  INITIATIVE_LEVEL_LABEL,
  NOMINATION_STATUS_LABEL,
  RATING_LABEL,
  RECIPIENT_LABEL,
  ROUND_TYPE_LABEL,
} from '../awards/labels';
import { SECTOR_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL, UNIT_YEAR_LABEL } from '../registry/labels';
import { MOVEMENT_LEVEL_LABEL, MOVEMENT_STATUS_LABEL, EVENT_TYPE_LABEL, CLUSTER_KIND_LABEL } from '../emulation/labels';
import { communeName, provinceName } from '../registry/localities';
import { formatDate, formatDateTime, formatNumber } from '../text/format';

/** Vietnamese names of the tables an entry is written against. */
export const AUDIT_TABLE_LABEL: Record<string, string> = {
  units: 'Đơn vị',
  unitYears: 'Số liệu năm',
  people: 'Người',
  awards: 'Khen thưởng',
  rounds: 'Đợt xét',
  nominations: 'Đề nghị',
  ratings: 'Xếp loại',
  initiatives: 'Sáng kiến',
  disciplineRecords: 'Kỷ luật, điều tra, khiếu nại',
  catalog: 'Danh mục khen thưởng',
  eligibilityRules: 'Điều kiện khen thưởng',
  clusters: 'Cụm/khối',
  clusterYears: 'Cụm/khối theo năm',
  criteria: 'Tiêu chí chấm điểm',
  scores: 'Chấm điểm',
  clusterVotes: 'Bình chọn cụm/khối',
  movements: 'Phong trào thi đua',
  movementRegistrations: 'Đăng ký thi đua',
  programmes: 'Chương trình phối hợp',
  events: 'Sự kiện',
  attachments: 'Tệp đính kèm',
  importBatches: 'Nhập dữ liệu',
  summaryPackages: 'Gói số liệu tổng kết',
  settings: 'Cài đặt',
  '*': 'Toàn bộ dữ liệu',
};

export const AUDIT_ACTION_LABEL: Record<string, string> = {
  create: 'Thêm',
  update: 'Sửa',
  delete: 'Xóa',
  status: 'Chuyển trạng thái',
  attach: 'Đính kèm',
  detach: 'Bỏ tệp',
  import: 'Nhập tệp',
  'undo-import': 'Hoàn tác nhập',
  'override-eligibility': 'Vẫn đề nghị có lý do',
  'clear-override': 'Bỏ lý do',
  'confirm-eligibility': 'Xác nhận điều kiện',
  'clear-confirmation': 'Bỏ xác nhận',
  dissolve: 'Giải thể',
  pause: 'Tạm ngừng',
  reactivate: 'Hoạt động lại',
  generate: 'Sinh dữ liệu',
  'load-demo': 'Nạp dữ liệu mẫu',
  seed: 'Nạp danh mục',
  'restore-backup': 'Khôi phục sao lưu',
};

export const tableLabel = (table: string): string => AUDIT_TABLE_LABEL[table] ?? 'Khác';
export const actionLabel = (action: string): string => AUDIT_ACTION_LABEL[action] ?? 'Thay đổi';

/** Names the log needs from the database; undefined when the record is gone. */
export interface AuditNames {
  catalog: (code: string) => string | undefined;
  unit: (id: string) => string | undefined;
  person: (id: string) => string | undefined;
}

/** The unit or person an entry is about, as far as the entry itself tells. */
export interface AuditSubjectRef {
  kind: RecipientKind;
  id: string;
  /** The name the entry stored (a deleted record still has it). */
  name?: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
/** The entry's stored record: after, else before (a deletion keeps only before). */
const stored = (e: Pick<AuditEntry, 'before' | 'after'>): Rec | undefined => (isRec(e.after) ? e.after : isRec(e.before) ? e.before : undefined);
const storedField = (e: Pick<AuditEntry, 'before' | 'after'>, key: string): unknown =>
  (isRec(e.after) ? e.after[key] : undefined) ?? (isRec(e.before) ? e.before[key] : undefined);

/** Who an entry is about, from the table's conventions and the stored values. */
export function subjectRefOf(e: Pick<AuditEntry, 'table' | 'recordId' | 'before' | 'after'>): AuditSubjectRef | undefined {
  const withName = (kind: RecipientKind, id: string | undefined, name?: unknown): AuditSubjectRef | undefined => {
    if (!id || id === '*') return undefined;
    const n = str(name);
    return n ? { kind, id, name: n } : { kind, id };
  };
  switch (e.table) {
    case 'units': {
      // A hard delete stores { unit, years }.
      const inner = storedField(e, 'unit');
      return withName('unit', e.recordId, storedField(e, 'name') ?? (isRec(inner) ? inner.name : undefined));
    }
    case 'people':
      return withName('person', e.recordId, storedField(e, 'fullName'));
    case 'unitYears':
      return withName('unit', str(storedField(e, 'unitId')) ?? e.recordId.split(':')[0]);
    case 'initiatives':
      return withName('person', str(storedField(e, 'personId')));
    case 'movementRegistrations':
    case 'scores':
    case 'clusterVotes':
      return withName('unit', str(storedField(e, 'unitId')));
    default: {
      const kind = storedField(e, 'recipientKind');
      const id = str(storedField(e, 'recipientId'));
      if ((kind === 'unit' || kind === 'person') && id) return withName(kind, id);
      if (e.table === 'ratings') {
        // Ratings are keyed `${kind}:${id}:${year}`.
        const [k, rid] = e.recordId.split(':');
        if ((k === 'unit' || k === 'person') && rid) return withName(k, rid);
      }
      return undefined;
    }
  }
}

/** The record's own name when it is not a unit or a person (a round, a movement, a file). */
export function recordNameOf(e: Pick<AuditEntry, 'table' | 'recordId' | 'before' | 'after'>, names: Pick<AuditNames, 'catalog'>): string | undefined {
  if (e.table === 'settings') return SETTING_LABEL[e.recordId] ?? 'Cài đặt';
  if (e.table === 'catalog' || e.table === 'eligibilityRules') {
    const code = str(storedField(e, 'catalogCode')) ?? str(storedField(e, 'code'));
    return code ? (names.catalog(code) ?? str(storedField(e, 'name'))) : str(storedField(e, 'name'));
  }
  const r = stored(e);
  if (!r) return undefined;
  return str(r.name) ?? str(r.title) ?? str(r.fileName) ?? str(r.fullName);
}

const SETTING_LABEL: Record<string, string> = {
  officeProfile: 'Thông tin cơ quan',
  officeQuotas: 'Tỷ lệ khống chế của cơ quan',
};

// ---------------------------------------------------------------------------
// Fields and values
// ---------------------------------------------------------------------------

/** Internal fields never shown: ids, derived search keys, bookkeeping. */
const HIDDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'searchWords',
  'nameKey',
  'sortKey',
  'origin',
  'importBatchId',
  'recipientId',
  'recipientKind',
  'personId',
  'nominationEntryId',
  'nominationId',
  'roundId',
  'awardId',
  'usedByAwardId',
  'movementId',
  'movementIds',
  'clusterId',
  'clusterYearId',
  'criterionId',
  'chairId',
  'viceChairId',
  'ownerId',
  'ownerTable',
  'blob',
  'data',
  'mimeType',
  'confirmations',
  'overrides',
  'attachments',
  'condition',
  'source',
]);

const FIELD_LABEL: Record<string, string> = {
  name: 'Tên',
  shortName: 'Tên viết tắt',
  kind: 'Loại hình',
  taxCode: 'Mã số thuế',
  provinceCode: 'Tỉnh, thành phố',
  communeCode: 'Xã, phường',
  legacyDistrict: 'Quận, huyện (cũ)',
  address: 'Địa chỉ',
  sector: 'Lĩnh vực',
  foundedDate: 'Ngày thành lập',
  status: 'Trạng thái',
  statusDate: 'Ngày đổi trạng thái',
  member: 'Thành viên Liên minh',
  memberSince: 'Năm kết nạp',
  leaderName: 'Người đứng đầu',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  notes: 'Ghi chú',
  note: 'Ghi chú',
  years: 'Số liệu các năm',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicity: 'Dân tộc',
  position: 'Chức vụ',
  unitId: 'Đơn vị',
  year: 'Năm',
  catalogCode: 'Danh hiệu, hình thức',
  awardName: 'Tên khen thưởng',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  decisionAuthority: 'Cơ quan quyết định',
  issuingBody: 'Cơ quan ban hành',
  commendationType: 'Loại hình khen thưởng',
  rating: 'Xếp loại',
  leave: 'Nghỉ',
  title: 'Tên',
  level: 'Cấp',
  recognisedBy: 'Cơ quan công nhận',
  from: 'Từ ngày',
  to: 'Đến ngày',
  type: 'Loại',
  deadline: 'Hạn nộp',
  letterNumber: 'Số tờ trình',
  letterDate: 'Ngày tờ trình',
  meetingDate: 'Ngày họp',
  meetingTime: 'Giờ họp',
  meetingPlace: 'Địa điểm họp',
  chairName: 'Chủ tịch Hội đồng',
  chairTitle: 'Chức vụ Chủ tịch Hội đồng',
  secretaryName: 'Thư ký Hội đồng',
  summary: 'Tóm tắt thành tích',
  initiativeId: 'Sáng kiến sử dụng',
  submittedAt: 'Ngày đề nghị',
  docType: 'Loại hồ sơ',
  fileName: 'Tệp',
  size: 'Dung lượng (byte)',
  periodFrom: 'Từ ngày',
  periodTo: 'Đến ngày',
  launchingBody: 'Cơ quan phát động',
  content: 'Nội dung',
  criteriaText: 'Tiêu chí',
  registeredDate: 'Ngày đăng ký',
  targets: 'Chỉ tiêu đăng ký',
  partnerBody: 'Cơ quan phối hợp',
  date: 'Ngày',
  place: 'Địa điểm',
  participants: 'Số người tham dự',
  members: 'Số thành viên',
  workers: 'Số lao động',
  charterCapital: UNIT_YEAR_LABEL.charterCapital,
  assets: UNIT_YEAR_LABEL.assets,
  revenue: UNIT_YEAR_LABEL.revenue,
  profit: UNIT_YEAR_LABEL.profit,
  taxesPaid: UNIT_YEAR_LABEL.taxesPaid,
  avgIncome: UNIT_YEAR_LABEL.avgIncome,
  classification: 'Xếp loại',
  recipient: 'Đối tượng',
  authority: 'Thẩm quyền quyết định',
  council: 'Ngưỡng biểu quyết',
  legalBasis: 'Căn cứ',
  effectiveFrom: 'Hiệu lực từ',
  effectiveTo: 'Hiệu lực đến',
  // Office profile (settings).
  allianceName: 'Tên cơ quan',
  parentBody: 'Cơ quan cấp trên',
  placeName: 'Địa danh',
  leaderTitle: 'Chức vụ người ký',
  signAuthority: 'Thẩm quyền ký',
  documentPrefix: 'Ký hiệu văn bản',
  agencyNameInText: 'Tên cơ quan trong văn bản',
  draftingUnit: 'Đơn vị soạn thảo',
  userName: 'Người sử dụng',
};

/** Fields holding a year: shown as 2025, never 2.025. */
const YEAR_FIELDS = new Set(['year', 'birthYear', 'memberSince']);

const ROUND_STATUS_LABEL: Record<string, string> = { open: 'Đang mở', closed: 'Đã đóng' };
const GENDER_LABEL: Record<string, string> = { nam: 'Nam', nu: 'Nữ' };
const LEAVE_LABEL: Record<string, string> = { thai_san: 'Nghỉ thai sản' };

/** Enum labels by table and field ('*' = any table). */
function enumLabels(table: string, field: string): Record<string, string> | undefined {
  switch (field) {
    case 'kind':
      if (table === 'units') return UNIT_KIND_LABEL;
      if (table === 'disciplineRecords') return BLOCK_KIND_LABEL;
      if (table === 'clusters') return CLUSTER_KIND_LABEL;
      return undefined;
    case 'status':
      if (table === 'units') return UNIT_STATUS_LABEL;
      if (table === 'nominations') return NOMINATION_STATUS_LABEL;
      if (table === 'movements') return MOVEMENT_STATUS_LABEL;
      if (table === 'rounds') return ROUND_STATUS_LABEL;
      return undefined;
    case 'level':
      if (table === 'initiatives') return INITIATIVE_LEVEL_LABEL;
      if (table === 'disciplineRecords') return DISCIPLINE_LEVEL_LABEL;
      if (table === 'movements') return MOVEMENT_LEVEL_LABEL;
      return undefined;
    case 'type':
      if (table === 'rounds') return ROUND_TYPE_LABEL;
      if (table === 'events') return EVENT_TYPE_LABEL;
      return undefined;
    case 'sector':
      return SECTOR_LABEL;
    case 'gender':
      return GENDER_LABEL;
    case 'rating':
      return RATING_LABEL;
    case 'commendationType':
      return COMMENDATION_TYPE_LABEL;
    case 'docType':
      return DOCUMENT_TYPE_LABEL;
    case 'recipient':
      return RECIPIENT_LABEL;
    case 'leave':
      return LEAVE_LABEL;
    default:
      return undefined;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** One stored value as a person reads it: dates dd/mm/yyyy, numbers 1.234.567, codes as their labels. */
export function formatAuditValue(table: string, field: string, value: unknown, names: AuditNames): string {
  if (value === undefined || value === null || value === '') return '(trống)';
  if (field === 'catalogCode' && typeof value === 'string') return names.catalog(value) ?? value;
  if (field === 'unitId' && typeof value === 'string') return names.unit(value) ?? '(đơn vị đã xóa)';
  if (field === 'initiativeId') return '(đã chọn)';
  if (field === 'provinceCode' && typeof value === 'string') return provinceName(value) || value;
  if (field === 'communeCode' && typeof value === 'string') return communeName(value) || value;
  if (field === 'member' && (value === 0 || value === 1)) return value ? 'Có' : 'Không';
  if (field === 'years' && Array.isArray(value)) {
    const ys = value.flatMap((y) => (isRec(y) && typeof y.year === 'number' ? [y.year] : [])).sort((a, b) => a - b);
    return ys.length ? `năm ${ys.join(', ')}` : '(trống)';
  }
  const labels = enumLabels(table, field);
  if (labels && typeof value === 'string') return labels[value] ?? value;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return YEAR_FIELDS.has(field) ? String(value) : formatNumber(value, true);
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return formatDate(value);
    if (ISO_TIME.test(value)) return field === 'submittedAt' ? formatDate(value) : formatDateTime(value);
    return value.replace(UUID, '').trim() || '(mã nội bộ)';
  }
  if (Array.isArray(value)) return `${value.length} mục`;
  if (isRec(value) && field === 'council' && typeof value.percent === 'number') return `${formatNumber(value.percent, true)}%`;
  return '(đã thay đổi)';
}

/** The field naming the entry's subject (shown in its own column, not again as a change). */
const SUBJECT_FIELD: Record<string, string> = { unitYears: 'unitId', movementRegistrations: 'unitId', scores: 'unitId', clusterVotes: 'unitId' };

export const fieldLabel = (field: string, table?: string): string | undefined =>
  HIDDEN.has(field) || (table !== undefined && SUBJECT_FIELD[table] === field) ? undefined : FIELD_LABEL[field];

/** One field an entry changed: its Vietnamese label and the formatted values before ('' on creation) and after. */
export interface AuditChange {
  label: string;
  from: string;
  to: string;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an update (or a status move) changed, labelled and formatted; for a creation, the values
 * it was created with (`from` empty). Unknown and internal fields are left out.
 */
export function describeChanges(e: Pick<AuditEntry, 'table' | 'before' | 'after'>, names: AuditNames): AuditChange[] {
  const before = isRec(e.before) ? e.before : undefined;
  const after = isRec(e.after) ? e.after : undefined;
  if (!after) return [];
  const out: AuditChange[] = [];
  if (!before) {
    for (const [k, v] of Object.entries(after)) {
      const label = fieldLabel(k, e.table);
      if (!label || v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      out.push({ label, from: '', to: formatAuditValue(e.table, k, v, names) });
    }
    return out;
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const k of keys) {
    const label = fieldLabel(k, e.table);
    if (!label || same(before[k], after[k])) continue;
    out.push({ label, from: formatAuditValue(e.table, k, before[k], names), to: formatAuditValue(e.table, k, after[k], names) });
  }
  return out;
}

/** "Label: before → after", or "Label: value" for a value set on creation. */
export const formatChange = (c: AuditChange): string => (c.from ? `${c.label}: ${c.from} → ${c.to}` : `${c.label}: ${c.to}`);

/** Rule ids ("nd152:CSTD_TINH#0.1", "nd152:BK_TINH_CN:dot_xuat") and catalogue codes ("CSTDCS") in a stored summary. */
const RULE_ID = /\b[a-z][a-z0-9]*:([A-Z][A-Z0-9_]*)(?::[a-z_]+)?(?:#[\d.]*)?/g;
const CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g;

/** The stored one-line summary without internal codes: rule ids and catalogue codes become the entry's name, ids are dropped. */
export function readableSummary(summary: string, names: Pick<AuditNames, 'catalog'>): string {
  return summary
    .replace(RULE_ID, (m, code: string) => names.catalog(code) ?? m)
    .replace(CODE, (m) => (m.length >= 3 ? (names.catalog(m) ?? m) : m))
    .replace(UUID, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
