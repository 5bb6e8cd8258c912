import { test, expect } from '@playwright/test';
import { evaluateEligibility, type EligibilityInput, type EligibilityResult } from '@/domain/awards/eligibility';
import { RULE_SEED, RULE_CONDITIONS } from '@/domain/awards/ruleSeed';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import type { DocumentType, EligibilityRule } from '@/domain/awards/types';
import { facts, names, years, type HistorySpec } from './awards-fixtures';

const AFTER = '2025-12-15'; // judged under Nghị định 152/2025
const ALL_DOCS: DocumentType[] = ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh'];

function judge(code: string, spec: HistorySpec, opts: Partial<EligibilityInput> = {}, rules: EligibilityRule[] = RULE_SEED): EligibilityResult {
  return evaluateEligibility(
    { catalogCode: code, year: 2025, date: AFTER, facts: facts(spec), documents: ALL_DOCS, ...opts },
    rules,
    names,
  );
}
const failures = (r: EligibilityResult) => r.results.filter((x) => x.outcome === 'fail').flatMap((x) => x.messages);

test('every catalogue entry ships rules, and every rule names an existing entry', () => {
  const codes = new Set(CATALOG_SEED.map((c) => c.code));
  for (const code of Object.keys(RULE_CONDITIONS)) expect(codes.has(code), code).toBe(true);
  for (const c of CATALOG_SEED) expect(RULE_CONDITIONS[c.code], c.code).toBeDefined();
  const ids = RULE_SEED.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('LĐTT: needs "hoàn thành tốt" in the year; a mere "hoàn thành" fails with the year named', () => {
  expect(judge('LDTT', { ratings: { 2025: 'tot' } }).status).toBe('pass');
  const r = judge('LDTT', { ratings: { 2025: 'hoan_thanh' } });
  expect(r.status).toBe('fail');
  expect(failures(r)).toEqual(['Năm 2025: xếp loại Hoàn thành nhiệm vụ, cần Hoàn thành tốt nhiệm vụ trở lên']);
  expect(failures(judge('LDTT', {}))).toEqual(['Thiếu năm 2025: chưa có xếp loại, cần Hoàn thành tốt nhiệm vụ trở lên']);
});

test('CSTĐCS: LĐTT of the year plus an unused initiative; an initiative counts once', () => {
  const base: HistorySpec = { awards: { 2025: ['LDTT'] }, initiatives: [{ id: 's1', year: 2025, level: 'co_so' }] };
  const ok = judge('CSTDCS', base);
  expect(ok.status).toBe('pass');
  expect(ok.initiativeId).toBe('s1');
  expect(ok.results.find((r) => r.kind === 'quota')?.outcome).toBe('round');

  const used = judge('CSTDCS', { ...base, initiatives: [{ id: 's1', year: 2025, level: 'co_so', usedBy: 'award-2024' }] });
  expect(failures(used)).toEqual(['Sáng kiến cấp cơ sở trở lên trong năm 2025 đều đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần']);
  // The award that used it may still rely on it (re-judging a decided nomination).
  expect(judge('CSTDCS', { ...base, initiatives: [{ id: 's1', year: 2025, level: 'co_so', usedBy: 'own' }] }, { ownAwardId: 'own' }).status).toBe('pass');

  const chosenUsed = judge('CSTDCS', { ...base, initiatives: [{ id: 's1', year: 2025, level: 'co_so', usedBy: 'other' }, { id: 's2', year: 2025, level: 'co_so' }] }, { initiativeId: 's1' });
  expect(failures(chosenUsed)).toEqual(['Sáng kiến “Sáng kiến s1” đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần']);

  const noLdtt = judge('CSTDCS', { initiatives: base.initiatives });
  expect(failures(noLdtt)).toEqual(['Thiếu năm 2025: chưa có Lao động tiên tiến']);
  const old = judge('CSTDCS', { awards: { 2025: ['LDTT'] }, initiatives: [{ id: 's0', year: 2023, level: 'co_so' }] });
  expect(failures(old)).toEqual(['Chưa có sáng kiến cấp cơ sở trở lên được công nhận trong năm 2025']);
});

test('CSTĐ tỉnh: 3 consecutive CSTĐCS; a gap names the missing year; đột xuất awards do not count', () => {
  const init = [{ id: 'p', year: 2024, level: 'bo_tinh' as const }];
  expect(judge('CSTD_TINH', { awards: years(2025, 3, ['CSTDCS']), initiatives: init }).status).toBe('pass');

  const gap = judge('CSTD_TINH', { awards: { 2022: ['CSTDCS'], 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: init });
  expect(failures(gap)).toEqual(['Thiếu năm 2023: chưa có Chiến sĩ thi đua cơ sở']);

  const dotXuat = judge('CSTD_TINH', { awards: { 2023: [['CSTDCS', 'dot_xuat']], 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: init });
  expect(failures(dotXuat)).toEqual(['Thiếu năm 2023: chưa có Chiến sĩ thi đua cơ sở (khen thưởng đột xuất năm 2023 không được tính)']);

  const lowInitiative = judge('CSTD_TINH', { awards: years(2025, 3, ['CSTDCS']), initiatives: [{ id: 'c', year: 2025, level: 'co_so' }] });
  expect(failures(lowInitiative)).toEqual(['Chưa có sáng kiến cấp bộ, ban, ngành, tỉnh trở lên được công nhận trong 2023–2025']);

  const noReport = judge('CSTD_TINH', { awards: years(2025, 3, ['CSTDCS']), initiatives: init }, { documents: [] });
  expect(failures(noReport)).toEqual(['Thiếu hồ sơ: Báo cáo thành tích']);
});

test('CSTĐ toàn quốc: 2 CSTĐ tỉnh within 6 years and a nationwide initiative', () => {
  const init = [{ id: 'n', year: 2025, level: 'toan_quoc' as const }];
  expect(judge('CSTD_TQ', { awards: { 2022: ['CSTD_TINH'], 2025: ['CSTD_TINH'] }, initiatives: init }).status).toBe('pass');
  const one = judge('CSTD_TQ', { awards: { 2019: ['CSTD_TINH'], 2025: ['CSTD_TINH'] }, initiatives: init });
  expect(failures(one)).toEqual(['Chỉ có 1/2 lần Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh trong 2020–2025 (năm 2025)']);
});

test('Tập thể LĐTT: at least 50% of members LĐTT and nobody disciplined at cảnh cáo or above', () => {
  const m = (codes: string[], disciplineLevel?: 'khien_trach' | 'canh_cao') => ({ codes, ...(disciplineLevel ? { disciplineLevel } : {}) });
  const unit = (members: ReturnType<typeof m>[]): HistorySpec => ({ kind: 'unit', ratings: { 2025: 'tot' }, members });
  expect(judge('TTLDTT', unit([m(['LDTT']), m([]), m(['LDTT']), m([], 'khien_trach')])).status).toBe('pass');
  const low = judge('TTLDTT', unit([m(['LDTT']), m([]), m([])]));
  expect(failures(low)).toEqual(['Năm 2025: chỉ 1/3 thành viên (33,3%) đạt Lao động tiên tiến, cần từ 50%']);
  const disc = judge('TTLDTT', unit([m(['LDTT']), m(['LDTT'], 'canh_cao')]));
  expect(failures(disc)).toEqual(['Năm 2025: có 1 thành viên bị kỷ luật từ mức Cảnh cáo trở lên']);
  expect(failures(judge('TTLDTT', { kind: 'unit', ratings: { 2025: 'tot' } }))).toEqual(['Chưa có danh sách thành viên năm 2025 để tính tỷ lệ Lao động tiên tiến']);
});

test('Tập thể LĐXS: 100% complete tasks, >=70% LĐTT, at least one CSTĐCS', () => {
  const good = { codes: ['LDTT'], rating: 'tot' as const };
  const members = [good, good, good, { codes: ['LDTT', 'CSTDCS'], rating: 'xuat_sac' as const }];
  expect(judge('TTLDXS', { kind: 'unit', ratings: { 2025: 'xuat_sac' }, members }).status).toBe('pass');
  const noCstd = judge('TTLDXS', { kind: 'unit', ratings: { 2025: 'xuat_sac' }, members: [good, good, good] });
  expect(failures(noCstd)).toEqual(['Năm 2025: có 0 thành viên đạt Chiến sĩ thi đua cơ sở, cần ít nhất 1']);
  const oneFailed = judge('TTLDXS', { kind: 'unit', ratings: { 2025: 'xuat_sac' }, members: [...members, { codes: [], rating: 'khong_hoan_thanh' as const }] });
  expect(failures(oneFailed)).toEqual(['Năm 2025: chỉ 4/5 thành viên (80%) đạt xếp loại Hoàn thành nhiệm vụ trở lên, cần từ 100%']);
});

test('Cờ thi đua tỉnh, Cờ LMHTX VN, Giấy khen, Bằng khen LMHTX VN: rating of the year', () => {
  for (const code of ['CO_TINH', 'CO_LMVN', 'BK_LMVN_TT']) {
    expect(judge(code, { kind: 'unit', ratings: { 2025: 'xuat_sac' } }).status, code).toBe('pass');
    expect(failures(judge(code, { kind: 'unit', ratings: { 2025: 'tot' } })), code).toEqual([
      'Năm 2025: xếp loại Hoàn thành tốt nhiệm vụ, cần Hoàn thành xuất sắc nhiệm vụ trở lên',
    ]);
  }
  expect(judge('BK_LMVN_CN', { ratings: { 2025: 'xuat_sac' } }).status).toBe('pass');
  expect(judge('GK_CN', { ratings: { 2025: 'tot' } }).status).toBe('pass');
  expect(judge('GK_TT', { kind: 'unit', ratings: { 2025: 'hoan_thanh' } }).status).toBe('fail');
  expect(judge('KNC_LMVN', {}).status).toBe('pass');
});

test('Cờ Chính phủ: needs Cờ tỉnh of the year and the tax/social-insurance confirmation', () => {
  expect(judge('CO_CP', { kind: 'unit', awards: { 2025: ['CO_TINH'] } }).status).toBe('pass');
  const r = judge('CO_CP', { kind: 'unit', awards: { 2024: ['CO_TINH'] } }, { documents: ['bao_cao_thanh_tich'] });
  expect(failures(r)).toEqual([
    'Chưa có Cờ thi đua cấp bộ, ban, ngành, tỉnh trong năm 2025',
    'Thiếu hồ sơ: Xác nhận hoàn thành nghĩa vụ thuế, bảo hiểm xã hội',
  ]);
});

test('Bằng khen tỉnh (cá nhân): 2 consecutive CSTĐCS, counted once — years used by the last Bằng khen do not count again', () => {
  expect(judge('BK_TINH_CN', { awards: { 2024: ['CSTDCS'], 2025: ['CSTDCS'] } }).status).toBe('pass');
  const reused = judge('BK_TINH_CN', { awards: { 2023: ['CSTDCS'], 2024: ['CSTDCS', 'BK_TINH_CN'], 2025: ['CSTDCS'] } });
  expect(failures(reused)).toEqual([
    'Năm 2024 đã được tính cho Bằng khen của Chủ tịch UBND tỉnh (cá nhân) năm 2024: một thành tích chỉ tính một lần',
  ]);
  const chuyenDe = judge('BK_TINH_CN', { awards: { 2024: [['CSTDCS', 'chuyen_de']], 2025: ['CSTDCS'] } });
  expect(failures(chuyenDe)).toEqual(['Thiếu năm 2024: chưa có Chiến sĩ thi đua cơ sở (khen thưởng theo đợt, chuyên đề năm 2024 không được tính)']);
});

test('Bằng khen tỉnh (tập thể): 2 consecutive years of excellent completion', () => {
  expect(judge('BK_TINH_TT', { kind: 'unit', ratings: years(2025, 2, 'xuat_sac') }).status).toBe('pass');
  expect(failures(judge('BK_TINH_TT', { kind: 'unit', ratings: { 2025: 'xuat_sac' } }))).toEqual([
    'Thiếu năm 2024: chưa có xếp loại, cần Hoàn thành xuất sắc nhiệm vụ trở lên',
  ]);
});

test('Bằng khen Thủ tướng (cá nhân): Bằng khen tỉnh, then 5 more years with 3 CSTĐCS', () => {
  const spec: HistorySpec = { awards: { 2020: ['BK_TINH_CN'], 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') };
  expect(judge('BK_TTG_CN', spec).status).toBe('pass');
  const tooSoon = judge('BK_TTG_CN', { ...spec, awards: { 2022: ['BK_TINH_CN'], 2023: ['CSTDCS'], 2024: ['CSTDCS'], 2025: ['CSTDCS'] } });
  expect(failures(tooSoon)).toEqual([
    'Năm 2021 đã được tính cho Bằng khen của Chủ tịch UBND tỉnh (cá nhân) năm 2022: cần đủ 5 năm liên tục sau đó',
    'Năm 2022 đã được tính cho Bằng khen của Chủ tịch UBND tỉnh (cá nhân) năm 2022: cần đủ 5 năm liên tục sau đó',
  ]);
  const twoOnly = judge('BK_TTG_CN', { ...spec, awards: { 2020: ['BK_TINH_CN'], 2021: ['CSTDCS'], 2025: ['CSTDCS'] } });
  expect(failures(twoOnly)).toEqual([
    'Chỉ có 2/3 lần Chiến sĩ thi đua cơ sở trong 2021–2025 (năm 2021, 2025), tính từ sau Bằng khen của Chủ tịch UBND tỉnh (cá nhân) năm 2020',
  ]);
  expect(failures(judge('BK_TTG_CN', { ratings: years(2025, 5, 'tot'), awards: { 2023: ['CSTDCS'] } }))).toContain(
    'Chưa có Bằng khen của Chủ tịch UBND tỉnh (cá nhân)',
  );
});

test('Bằng khen Thủ tướng (tập thể) and the Huân chương Lao động chain: the lower award + 5 excellent years', () => {
  const chain: Array<[string, string]> = [['BK_TTG_TT', 'BK_TINH_TT'], ['HCLD3_TT', 'BK_TTG_TT'], ['HCLD2_TT', 'HCLD3_TT'], ['HCLD1_TT', 'HCLD2_TT']];
  for (const [code, lower] of chain) {
    expect(judge(code, { kind: 'unit', awards: { 2020: [lower] }, ratings: years(2025, 5, 'xuat_sac') }).status, code).toBe('pass');
    expect(failures(judge(code, { kind: 'unit', ratings: years(2025, 5, 'xuat_sac') })), code).toEqual([`Chưa có ${names(lower)}`]);
  }
  expect(judge('HCLD3_CN', { awards: { 2019: ['BK_TTG_CN'] }, ratings: years(2025, 6, 'tot') }).status).toBe('pass');
  expect(failures(judge('HCLD3_CN', { awards: { 2019: ['BK_TTG_CN'] }, ratings: { ...years(2025, 6, 'tot'), 2023: 'hoan_thanh' } }))).toEqual([
    'Năm 2023: xếp loại Hoàn thành nhiệm vụ, cần Hoàn thành tốt nhiệm vụ trở lên',
  ]);
});

test('blocking: discipline in force or imposed in the year, investigation and pending complaint', () => {
  const ok: HistorySpec = { ratings: { 2025: 'tot' } };
  const disc = judge('LDTT', { ...ok, disciplines: [{ kind: 'ky_luat', level: 'canh_cao', from: '2025-03-01', to: '2025-09-01' }] });
  expect(failures(disc)).toEqual(['Bị kỷ luật mức Cảnh cáo từ 01/03/2025 đến 01/09/2025']);
  // A discipline from an earlier year that has ended no longer blocks.
  expect(judge('LDTT', { ...ok, disciplines: [{ kind: 'ky_luat', level: 'canh_cao', from: '2023-03-01', to: '2024-03-01' }] }).status).toBe('pass');
  const inv = judge('LDTT', { ...ok, disciplines: [{ kind: 'dieu_tra', from: '2025-11-01' }] });
  expect(failures(inv)).toEqual(['Đang bị điều tra, thanh tra (từ 01/11/2025)']);
  // A complaint closed before the judging date does not block.
  expect(judge('LDTT', { ...ok, disciplines: [{ kind: 'khieu_nai', from: '2025-01-01', to: '2025-02-01' }] }).status).toBe('pass');
  const complaint = judge('GK_TT', { kind: 'unit', ratings: { 2025: 'tot' }, disciplines: [{ kind: 'khieu_nai', from: '2025-10-01' }] });
  expect(failures(complaint)).toEqual(['Đang có khiếu nại, tố cáo chưa giải quyết (từ 01/10/2025)']);
});

test('awards decided after the judging date are not yet history', () => {
  const f = facts({ awards: { 2025: ['LDTT'] }, initiatives: [{ id: 's', year: 2025, level: 'co_so' }] });
  f.awards[0]!.decisionDate = '2026-01-10';
  const r = evaluateEligibility({ catalogCode: 'CSTDCS', year: 2025, date: '2025-12-30', facts: f, documents: [] }, RULE_SEED, names);
  expect(failures(r)).toEqual(['Thiếu năm 2025: chưa có Lao động tiên tiến']);
});

test('rules are picked by the judging date: Nghị định 98/2023 until 30/06/2025, 152/2025 from 01/07/2025', () => {
  const spec: HistorySpec = { awards: years(2025, 3, ['CSTDCS']), initiatives: [{ id: 'p', year: 2025, level: 'bo_tinh' }] };
  const before = judge('CSTD_TINH', spec, { date: '2025-06-30' });
  const after = judge('CSTD_TINH', spec, { date: '2025-07-01' });
  expect(before.results.every((r) => r.legalBasis.includes('98/2023'))).toBe(true);
  expect(after.results.every((r) => r.legalBasis.includes('152/2025'))).toBe(true);
  expect(before.results.every((r) => r.needsCheck)).toBe(true);
  expect(judge('CSTD_TINH', spec, { date: '2023-12-31' }).status).toBe('no_rules');
});

test('an edited rule that changes on an effective date judges each date by its own text', () => {
  // The office changes "3 consecutive CSTĐCS" to 2 from 01/07/2025 by editing data only.
  const rules: EligibilityRule[] = [
    { ...RULE_SEED.find((r) => r.id === 'nd98:CSTD_TINH:2')!, condition: { kind: 'consecutive', codes: ['CSTDCS'], years: 3 } },
    { ...RULE_SEED.find((r) => r.id === 'nd152:CSTD_TINH:2')!, condition: { kind: 'consecutive', codes: ['CSTDCS'], years: 2 } },
  ];
  const spec: HistorySpec = { awards: years(2024, 2, ['CSTDCS']) };
  expect(failures(judge('CSTD_TINH', spec, { year: 2024, date: '2025-06-30' }, rules))).toEqual(['Thiếu năm 2022: chưa có Chiến sĩ thi đua cơ sở']);
  expect(judge('CSTD_TINH', spec, { year: 2024, date: '2025-07-01' }, rules).status).toBe('pass');
});

test('history of another recipient never counts', () => {
  const f = facts({ awards: years(2025, 3, ['CSTDCS']) });
  for (const a of f.awards) a.recipientId = 'someone-else';
  const r = evaluateEligibility({ catalogCode: 'BK_TINH_CN', year: 2025, date: AFTER, facts: f, documents: ALL_DOCS }, RULE_SEED, names);
  expect(r.status).toBe('fail');
});
