import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { buildScoreTemplate, readScoreSheet, SCORE_SHEET_NAME } from '../../src-renderer/src/domain/emulation/score-sheet';
import { mapRegistrationRows } from '../../src-renderer/src/domain/emulation/registration-import';
import type { ClusterMember, Criterion } from '../../src-renderer/src/domain/emulation/types';

const criteria: Criterion[] = [
  {
    id: 'k1',
    clusterYearId: 'y',
    order: 1,
    code: '1.1',
    group: 'I. Tuyên truyền',
    name: 'Tổ chức tuyên truyền Luật HTX',
    maxPoints: 10,
    weight: 1,
    kind: 'base',
    evidence: 'Kế hoạch, báo cáo',
  },
  {
    id: 'k2',
    clusterYearId: 'y',
    order: 2,
    code: '2.1',
    group: 'II. Phát triển HTX',
    name: 'Thành lập mới HTX',
    maxPoints: 20,
    weight: 2,
    kind: 'base',
    evidence: '',
  },
  { id: 'k3', clusterYearId: 'y', order: 3, code: 'T1', group: 'Điểm thưởng', name: 'Sáng kiến', maxPoints: 5, weight: 1, kind: 'bonus', evidence: '' },
];
const members: ClusterMember[] = [
  { id: 'hn', name: 'Liên minh HTX Hà Nội' },
  { id: 'dn', name: 'Liên minh HTX Đà Nẵng' },
];

/** The template as a member would return it: written to .xlsx, filled in, read back. */
function filled(memberName: string, values: Record<string, unknown>, year = 2024): XLSX.WorkBook {
  const wb = XLSX.read(XLSX.write(buildScoreTemplate('Cụm 5 thành phố', year, criteria), { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
  const ws = wb.Sheets[SCORE_SHEET_NAME]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '' });
  rows.forEach((r, i) => {
    if (r[0] === 'Đơn vị tự chấm:') XLSX.utils.sheet_add_aoa(ws, [[memberName]], { origin: { r: i, c: 1 } });
    const code = String(r[0]);
    if (code in values) XLSX.utils.sheet_add_aoa(ws, [[values[code]]], { origin: { r: i, c: 7 } });
  });
  return wb;
}

test('a returned score sheet gives the member and its self-scores', () => {
  const r = readScoreSheet(filled('LIÊN MINH HTX ĐÀ NẴNG', { '1.1': 9, '2.1': '17,5' }), 'DaNang.xlsx', 2024, criteria, members);
  expect(r.errors).toEqual([]);
  expect(r.memberId).toBe('dn');
  expect(r.entries).toEqual([
    { criterionId: 'k1', points: 9 },
    { criterionId: 'k2', points: 17.5 },
  ]);
  expect(r.warnings).toEqual(['Tệp "DaNang.xlsx": chưa chấm tiêu chí T1.']);
});

test('score sheet problems name file, sheet, row and column', () => {
  const r = readScoreSheet(filled('Liên minh HTX Hà Nội', { '1.1': 12, '2.1': 'tốt' }), 'HN.xlsx', 2024, criteria, members);
  expect(r.errors).toEqual([
    'Tệp "HN.xlsx", trang "Tự chấm điểm", dòng 7, cột H: Tiêu chí 1.1: điểm 12 vượt điểm tối đa 10.',
    'Tệp "HN.xlsx", trang "Tự chấm điểm", dòng 8, cột H: "tốt" không phải là số.',
  ]);
  const wrongYear = readScoreSheet(filled('Liên minh HTX Hà Nội', {}, 2023), 'cu.xlsx', 2024, criteria, members);
  expect(wrongYear.errors[0]).toContain('bảng chấm năm 2023, không phải năm 2024');
  const stranger = readScoreSheet(filled('Liên minh HTX Nghệ An', {}), 'na.xlsx', 2024, criteria, members);
  expect(stranger.errors).toContain('Tệp "na.xlsx": đơn vị "Liên minh HTX Nghệ An" không phải thành viên của cụm năm 2024.');
});

test('registrations: header found below title rows, units matched by tax code then name', () => {
  const rows: unknown[][] = [
    ['LIÊN MINH HTX THÀNH PHỐ HÀ NỘI'],
    ['DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2024'],
    [],
    ['STT', 'Tên đơn vị', 'Mã số thuế', 'Chỉ tiêu đăng ký', 'Ngày đăng ký', 'Ghi chú'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    [1, 'HTX Dương Liễu', 123456789, 'Doanh thu tăng 10%', '05/01/2024', ''],
    [2, 'htx  phú thắng', '', 'Kết nạp 20 thành viên', '', 'Đăng ký muộn'],
    [3, 'HTX Không Có', '', 'Tăng lao động', '', ''],
    [4, 'HTX Đồng Phú', '', '', '', ''],
    ['', 'Tổng cộng', '', '', '', ''],
  ];
  const units = [
    { id: 'u1', name: 'Hợp tác xã Dương Liễu', taxCode: '0123456789' },
    { id: 'u2', name: 'HTX Phú Thắng' },
    { id: 'u3', name: 'HTX Đồng Phú' },
  ];
  const r = mapRegistrationRows(rows, units, 'dangky.xlsx', 'Sheet1');
  expect(r.headerRow).toBe(3);
  expect(r.rows).toHaveLength(4); // column-number row and total row skipped
  const byRow = Object.fromEntries(r.rows.map((x) => [x.row + 1, x]));
  expect(byRow[6]).toMatchObject({ unitId: 'u1', targets: 'Doanh thu tăng 10%', registeredDate: '2024-01-05' });
  expect(byRow[7]).toMatchObject({ unitId: 'u2', notes: 'Đăng ký muộn' });
  expect(byRow[8]!.problem).toBe('Tệp "dangky.xlsx", trang "Sheet1", dòng 8: không tìm thấy đơn vị "HTX Không Có" trong danh bạ.');
  expect(byRow[9]!.problem).toBe('Tệp "dangky.xlsx", trang "Sheet1", dòng 9, cột D: chưa ghi chỉ tiêu đăng ký.');
  expect(r.rows.some((x) => x.unitText === 'Tổng cộng')).toBe(false);
});
