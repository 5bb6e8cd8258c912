import { test, expect } from '@playwright/test';
import { evaluateEligibility, type EligibilityInput, type EligibilityResult } from '@/domain/awards/eligibility';
import { RULE_SEED } from '@/domain/awards/ruleSeed';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import type { DocumentType, EligibilityRule } from '@/domain/awards/types';
import { facts, names, years, type HistorySpec } from './awards-fixtures';

/**
 * Engine mechanics against the shipped rules (initiatives used once, decisions after the judging
 * date, other recipients, edited rules by date, blocking). The law itself, case by case, is pinned
 * in awards-law-cases.test.ts.
 */
const AFTER = '2025-12-15'; // judged under Nghị định 152/2025
const ALL_DOCS: DocumentType[] = ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh'];
const L22 = 'Luật Thi đua, khen thưởng 2022';

function judge(code: string, spec: HistorySpec, opts: Partial<EligibilityInput> = {}, rules: EligibilityRule[] = RULE_SEED): EligibilityResult {
  return evaluateEligibility({ catalogCode: code, year: 2025, date: AFTER, facts: facts(spec), documents: ALL_DOCS, ...opts }, rules, names);
}
const failures = (r: EligibilityResult) => r.results.filter((x) => x.outcome === 'fail').flatMap((x) => x.messages);

test('every catalogue entry ships a rule in every period, and every rule names an existing entry', () => {
  const codes = new Set(CATALOG_SEED.map((c) => c.code));
  for (const r of RULE_SEED) expect(codes.has(r.catalogCode), r.id).toBe(true);
  for (const c of CATALOG_SEED) {
    for (const p of ['nd91', 'nd98', 'nd152'])
      expect(
        RULE_SEED.some((r) => r.catalogCode === c.code && r.id.startsWith(`${p}:`)),
        `${p}:${c.code}`,
      ).toBe(true);
  }
  const ids = RULE_SEED.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain('nd152:CSTDCS');
  expect(ids).toContain('nd152:BK_TINH_CN:dot_xuat');
});

test('CSTĐCS by initiative: an initiative counts once; the award that used it may still rely on it', () => {
  const base: HistorySpec = { ratings: { 2025: 'tot' }, initiatives: [{ id: 's1', year: 2025, level: 'co_so' }] };
  const ok = judge('CSTDCS', base);
  expect(ok.status).toBe('pass');
  expect(ok.initiativeId).toBe('s1');

  const used = judge('CSTDCS', { ...base, initiatives: [{ id: 's1', year: 2025, level: 'co_so', usedBy: 'award-2024' }] });
  expect(used.status).toBe('fail');
  expect(failures(used)).toContain(
    `${L22} Điều 23 khoản 2: Cần 1 sáng kiến, đề tài cấp cơ sở trở lên được công nhận trong năm 2025, có 0; 1 sáng kiến khác đã dùng cho khen thưởng khác (mỗi sáng kiến chỉ tính một lần)`,
  );
  expect(judge('CSTDCS', { ...base, initiatives: [{ id: 's1', year: 2025, level: 'co_so', usedBy: 'own' }] }, { ownAwardId: 'own' }).status).toBe('pass');

  const chosenUsed = judge(
    'CSTDCS',
    {
      ...base,
      initiatives: [
        { id: 's1', year: 2025, level: 'co_so', usedBy: 'other' },
        { id: 's2', year: 2025, level: 'co_so' },
      ],
    },
    { initiativeId: 's1' },
  );
  expect(failures(chosenUsed)).toContain(`${L22} Điều 23 khoản 2: Sáng kiến “Sáng kiến s1” đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần`);

  // An initiative of an earlier year does not support this year's title.
  const old = judge('CSTDCS', { ratings: { 2025: 'tot' }, initiatives: [{ id: 's0', year: 2023, level: 'co_so' }] });
  expect(old.status).toBe('fail');
});

test('CSTĐ tỉnh: missing report is named; đột xuất awards do not count', () => {
  const init = [{ id: 'p', year: 2024, level: 'bo_tinh' as const }];
  expect(judge('CSTD_TINH', { awards: years(2025, 3, ['CSTDCS']), initiatives: init }).status).toBe('pass');
  const noReport = judge('CSTD_TINH', { awards: years(2025, 3, ['CSTDCS']), initiatives: init }, { documents: [] });
  expect(failures(noReport)).toEqual([`${L22} Điều 84: Thiếu hồ sơ: Báo cáo thành tích`]);
});

test('Cờ Chính phủ: missing tax and social-insurance confirmation is named', () => {
  const r = judge('CO_CP', { kind: 'unit', awards: { 2025: ['CO_TINH'] }, ratings: { 2025: 'xuat_sac' } }, { documents: ['bao_cao_thanh_tich'] });
  expect(failures(r)).toEqual([`${L22} Điều 84: Thiếu hồ sơ: Xác nhận hoàn thành nghĩa vụ thuế, bảo hiểm xã hội`]);
});

test('blocking: discipline in force or imposed in the year, investigation and pending complaint', () => {
  const ok: HistorySpec = { ratings: { 2025: 'tot' } };
  const P = 'Nghị định 152/2025/NĐ-CP Điều 4';
  const disc = judge('LDTT', { ...ok, disciplines: [{ kind: 'ky_luat', level: 'canh_cao', from: '2025-03-01', to: '2025-09-01' }] });
  // Served within the year: the year itself no longer counts either (chains restart after it).
  expect(failures(disc)).toContain(`${P}: Bị kỷ luật mức Cảnh cáo từ 01/03/2025 đến 01/09/2025`);
  // A discipline from an earlier year that has ended no longer blocks.
  expect(judge('LDTT', { ...ok, disciplines: [{ kind: 'ky_luat', level: 'canh_cao', from: '2023-03-01', to: '2024-03-01' }] }).status).toBe('pass');
  const inv = judge('LDTT', { ...ok, disciplines: [{ kind: 'dieu_tra', from: '2025-11-01' }] });
  expect(failures(inv)).toEqual([`${P}: Đang bị điều tra, thanh tra (từ 01/11/2025)`]);
  // A complaint closed before the judging date does not block.
  expect(judge('LDTT', { ...ok, disciplines: [{ kind: 'khieu_nai', from: '2025-01-01', to: '2025-02-01' }] }).status).toBe('pass');
  const complaint = judge('GK_TT', { kind: 'unit', ratings: { 2025: 'tot' }, disciplines: [{ kind: 'khieu_nai', from: '2025-10-01' }] });
  expect(failures(complaint)).toEqual([`${P}: Đang có khiếu nại, tố cáo chưa giải quyết (từ 01/10/2025)`]);
});

test('awards decided after the judging date are not yet history', () => {
  const f = facts({ awards: years(2025, 3, ['CSTDCS']), initiatives: [{ id: 'p', year: 2025, level: 'bo_tinh' }] });
  f.awards.find((a) => a.year === 2025)!.decisionDate = '2026-01-10';
  const r = evaluateEligibility({ catalogCode: 'CSTD_TINH', year: 2025, date: '2025-12-30', facts: f, documents: ALL_DOCS }, RULE_SEED, names);
  expect(failures(r)).toContain(`${L22} Điều 22 khoản 1: Thiếu năm 2025: chưa có Chiến sĩ thi đua cơ sở`);
});

test('rules are picked by the judging date: 98/2023 until 30/06/2025, 152/2025 from 01/07/2025, 91/2017 before 2024', () => {
  const spec: HistorySpec = { awards: years(2025, 3, ['CSTDCS']), initiatives: [{ id: 'p', year: 2025, level: 'bo_tinh' }] };
  const before = judge('CSTD_TINH', spec, { date: '2025-06-30' });
  const after = judge('CSTD_TINH', spec, { date: '2025-07-01' });
  expect(before.results.map((r) => r.ruleId)).toEqual(['nd98:CSTD_TINH']);
  expect(after.results.map((r) => r.ruleId)).toEqual(['nd152:CSTD_TINH']);
  expect(before.results.every((r) => r.legalBasis.includes('98/2023'))).toBe(true);
  expect(after.results.every((r) => r.legalBasis.includes('152/2025'))).toBe(true);
  expect(judge('CSTD_TINH', spec, { date: '2023-12-31' }).results.map((r) => r.ruleId)).toEqual(['nd91:CSTD_TINH']);
  expect(judge('CSTD_TINH', spec, { date: '2017-09-30' }).status).toBe('no_rules');
});

test('an edited rule that changes on an effective date judges each date by its own text', () => {
  // The office changes "3 consecutive CSTĐCS" to 2 from 01/07/2025 by editing data only.
  const rules: EligibilityRule[] = [
    { ...RULE_SEED.find((r) => r.id === 'nd98:CSTD_TINH')!, condition: { kind: 'consecutive', codes: ['CSTDCS'], years: 3, clause: 'Điều 22 khoản 1' } },
    { ...RULE_SEED.find((r) => r.id === 'nd152:CSTD_TINH')!, condition: { kind: 'consecutive', codes: ['CSTDCS'], years: 2, clause: 'Điều 22 khoản 1' } },
  ];
  const spec: HistorySpec = { awards: years(2024, 2, ['CSTDCS']) };
  expect(failures(judge('CSTD_TINH', spec, { year: 2024, date: '2025-06-30' }, rules))).toEqual([
    'Điều 22 khoản 1: Cần 3 năm liên tục Chiến sĩ thi đua cơ sở',
    'Điều 22 khoản 1: Thiếu năm 2022: chưa có Chiến sĩ thi đua cơ sở',
  ]);
  expect(judge('CSTD_TINH', spec, { year: 2024, date: '2025-07-01' }, rules).status).toBe('pass');
});

test('history of another recipient never counts', () => {
  const f = facts({
    awards: years(2025, 3, ['CSTDCS']),
    initiatives: [
      { id: 'a', year: 2024, level: 'co_so' },
      { id: 'b', year: 2025, level: 'co_so' },
    ],
  });
  for (const a of f.awards) a.recipientId = 'someone-else';
  const r = evaluateEligibility({ catalogCode: 'BK_TINH_CN', year: 2025, date: AFTER, facts: f, documents: ALL_DOCS }, RULE_SEED, names);
  expect(r.status).toBe('fail');
});

test('a written override meets only the condition it names: the chain passes, the missing report still fails; an old whole-rule override still covers the rule', () => {
  const spec: HistorySpec = { awards: { 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [{ id: 'p', year: 2025, level: 'bo_tinh' }] };
  const plain = judge('CSTD_TINH', spec, { documents: [] });
  const rule = plain.results[0]!;
  const chainNode = (function find(n: typeof rule.tree): typeof rule.tree | undefined {
    if (!n.children && n.messages.some((m) => m.includes('Thiếu năm 2024'))) return n;
    for (const c of n.children ?? []) {
      const hit = find(c);
      if (hit) return hit;
    }
    return undefined;
  })(rule.tree)!;
  expect(chainNode.outcome).toBe('fail');

  const overridden = judge('CSTD_TINH', spec, {
    documents: [],
    overrides: [{ ruleId: rule.ruleId, path: chainNode.path, reason: 'Hội đồng thống nhất xét', at: '2025-12-01' }],
  });
  expect(overridden.status).toBe('fail');
  expect(failures(overridden).join(' ')).toContain('Thiếu hồ sơ: Báo cáo thành tích');
  expect(failures(overridden).join(' ')).not.toContain('Thiếu năm 2024');

  const withReport = judge('CSTD_TINH', spec, {
    documents: ['bao_cao_thanh_tich'],
    overrides: [{ ruleId: rule.ruleId, path: chainNode.path, reason: 'Hội đồng thống nhất xét', at: '2025-12-01' }],
  });
  expect(withReport.status).toBe('pass');
  expect(withReport.results[0]!.messages.join(' ')).toContain('Vẫn đề nghị, lý do: Hội đồng thống nhất xét');

  const legacy = judge('CSTD_TINH', spec, {
    documents: [],
    overrides: [{ ruleId: rule.ruleId, reason: 'Quyết định của Hội đồng năm trước', at: '2024-01-01' }],
  });
  expect(legacy.status).toBe('pass');
});
