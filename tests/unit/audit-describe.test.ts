import { test, expect } from '@playwright/test';
import {
  describeChanges,
  formatAuditValue,
  formatChange,
  readableSummary,
  recordNameOf,
  subjectRefOf,
  tableLabel,
  type AuditNames,
} from '@/domain/audit/describe';

/** The change log in people's words (domain/audit/describe.ts): names, labels, formatted values, no codes. */
const names: AuditNames = {
  catalog: (c) => ({ CSTDCS: 'Chiến sĩ thi đua cơ sở', CSTD_TINH: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh' })[c],
  unit: (id) => (id === 'u1' ? 'HTX Đông Hòa' : undefined),
  person: () => undefined,
};

test('tables in Vietnamese; the subject from the stored values, also for a deleted record', () => {
  expect(['units', 'unitYears', 'people', 'awards', 'rounds', 'nominations', 'clusters'].map(tableLabel)).toEqual([
    'Đơn vị',
    'Số liệu năm',
    'Người',
    'Khen thưởng',
    'Đợt xét',
    'Đề nghị',
    'Cụm/khối',
  ]);
  expect(tableLabel('somethingNew')).toBe('Khác');
  expect(subjectRefOf({ table: 'people', recordId: 'p1', before: { id: 'p1', fullName: 'Đặng Thị Lan' } })).toEqual({
    kind: 'person',
    id: 'p1',
    name: 'Đặng Thị Lan',
  });
  expect(subjectRefOf({ table: 'units', recordId: 'u9', before: { unit: { id: 'u9', name: 'HTX Cũ' }, years: [] } })).toEqual({
    kind: 'unit',
    id: 'u9',
    name: 'HTX Cũ',
  });
  expect(subjectRefOf({ table: 'unitYears', recordId: 'u1:2025', after: { id: 'u1:2025', unitId: 'u1', year: 2025 } })).toEqual({ kind: 'unit', id: 'u1' });
  expect(subjectRefOf({ table: 'awards', recordId: 'a1', before: { recipientKind: 'person', recipientId: 'p1' } })).toEqual({ kind: 'person', id: 'p1' });
  expect(subjectRefOf({ table: 'ratings', recordId: 'unit:u1:2025' })).toEqual({ kind: 'unit', id: 'u1' });
  expect(subjectRefOf({ table: 'nominations', recordId: 'n1', after: { status: 'approved' } })).toBeUndefined(); // looked up by the caller
  expect(recordNameOf({ table: 'rounds', recordId: 'r1', after: { name: 'Khen thưởng tổng kết năm 2025' } }, names)).toBe('Khen thưởng tổng kết năm 2025');
  expect(recordNameOf({ table: 'settings', recordId: 'officeProfile' }, names)).toBe('Thông tin cơ quan');
});

test('values formatted: dates dd/mm/yyyy, numbers 1.234.567, years plain, codes as labels, ids hidden', () => {
  expect(formatAuditValue('units', 'foundedDate', '2015-03-12', names)).toBe('12/03/2015');
  expect(formatAuditValue('unitYears', 'revenue', 1234567000, names)).toBe('1.234.567.000');
  expect(formatAuditValue('people', 'birthYear', 1979, names)).toBe('1979');
  expect(formatAuditValue('units', 'kind', 'htx', names)).toBe('HTX');
  expect(formatAuditValue('units', 'status', 'dissolved', names)).toBe('Đã giải thể');
  expect(formatAuditValue('nominations', 'status', 'approved', names)).toBe('Được chấp thuận');
  expect(formatAuditValue('units', 'member', 1, names)).toBe('Có');
  expect(formatAuditValue('awards', 'catalogCode', 'CSTDCS', names)).toBe('Chiến sĩ thi đua cơ sở');
  expect(formatAuditValue('people', 'unitId', 'u1', names)).toBe('HTX Đông Hòa');
  expect(formatAuditValue('people', 'unitId', 'gone', names)).toBe('(đơn vị đã xóa)');
  expect(formatAuditValue('people', 'gender', 'nu', names)).toBe('Nữ');
  expect(formatAuditValue('units', 'notes', '', names)).toBe('(trống)');
});

test('an edit lists the changed fields by label; internal fields never show; a creation lists what it set', () => {
  const changes = describeChanges(
    {
      table: 'units',
      before: { id: 'u1', name: 'HTX Đông Hòa', member: 0, sortKey: 'a', updatedAt: '2026-01-01T00:00:00Z', years: [] },
      after: { id: 'u1', name: 'HTX Đông Hòa', member: 1, memberSince: 2020, sortKey: 'b', updatedAt: '2026-02-01T00:00:00Z', years: [{ year: 2025 }] },
    },
    names,
  ).map(formatChange);
  expect(changes).toEqual(['Thành viên Liên minh: Không → Có', 'Số liệu các năm: (trống) → năm 2025', 'Năm kết nạp: (trống) → 2020']);
  expect(
    describeChanges({ table: 'unitYears', after: { id: 'u1:2025', unitId: 'u1', year: 2025, revenue: 5000000, updatedAt: 'x' } }, names).map(formatChange),
  ).toEqual(['Năm: 2025', 'Doanh thu (đồng): 5.000.000']);
  expect(describeChanges({ table: 'nominations', before: [], after: [{ ruleId: 'x' }] }, names)).toEqual([]);
});

test('stored summaries lose their codes: catalogue codes and rule ids become names, ids are dropped', () => {
  expect(readableSummary('Thêm đề nghị CSTDCS', names)).toBe('Thêm đề nghị Chiến sĩ thi đua cơ sở');
  expect(readableSummary('Bỏ qua điều kiện nd152:CSTD_TINH#0.1: Được khen đột xuất năm 2024.', names)).toBe(
    'Bỏ qua điều kiện Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh: Được khen đột xuất năm 2024.',
  );
  expect(readableSummary('Sửa "HTX ABC" 0b8f7a52-1c2d-4e5f-8a9b-0c1d2e3f4a5b', names)).toBe('Sửa "HTX ABC"');
  expect(readableSummary('Sửa đơn vị "HTX UBND XYZ"', names)).toBe('Sửa đơn vị "HTX UBND XYZ"');
});
