import type {
  AwardRecord, CommendationType, DisciplineLevel, DisciplineRecord, DocumentType, EligibilityRule, Initiative,
  Rating, RecipientKind, RuleCondition, YearRating,
} from './types';
import { DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS } from './types';
import {
  BLOCK_KIND_LABEL, COMMENDATION_TYPE_LABEL, DISCIPLINE_LEVEL_LABEL, DOCUMENT_TYPE_LABEL, INITIATIVE_LEVEL_LABEL,
  RATING_LABEL,
} from './labels';
import { formatDate } from '../text/format';

/**
 * The eligibility rule engine: judges a nominee's history against the rules of one catalogue
 * entry in force on the judging date. Pure: the caller loads the facts.
 */

/** One member of a collective in year Y (for memberShare / memberDiscipline). */
export interface MemberFacts {
  /** Award codes the member holds for year Y. */
  codes: string[];
  rating?: Rating;
  /** Heaviest discipline imposed in year Y, if any. */
  disciplineLevel?: DisciplineLevel;
}

export interface NomineeFacts {
  recipientKind: RecipientKind;
  recipientId: string;
  awards: AwardRecord[];
  ratings: YearRating[];
  initiatives: Initiative[];
  disciplines: DisciplineRecord[];
  /** Collectives only: members in year Y. */
  members?: MemberFacts[];
}

export interface EligibilityInput {
  catalogCode: string;
  /** Achievement year Y. */
  year: number;
  /** Judging (submission) date, ISO: picks the rules in force. */
  date: string;
  facts: NomineeFacts;
  documents: DocumentType[];
  /** The initiative the nomination relies on, if chosen. */
  initiativeId?: string;
  /** The award this nomination produced (an initiative used by it still counts for it). */
  ownAwardId?: string;
}

export type RuleOutcome = 'pass' | 'fail' | 'info' | 'round';

export interface RuleResult {
  ruleId: string;
  kind: RuleCondition['kind'];
  outcome: RuleOutcome;
  /** Vietnamese reasons; one per missing year or missing item when failing. */
  messages: string[];
  legalBasis: string;
  needsCheck: boolean;
}

export interface EligibilityResult {
  /** 'no_rules' = no rule of this entry is in force on the date. */
  status: 'pass' | 'fail' | 'no_rules';
  results: RuleResult[];
  /** Initiative that satisfied an initiative rule (to mark as used on decision). */
  initiativeId?: string;
}

/** Names of catalogue codes for messages. */
export type CodeNames = (code: string) => string;

export function rulesInForce(rules: EligibilityRule[], catalogCode: string, date: string): EligibilityRule[] {
  return rules.filter(
    (r) => r.catalogCode === catalogCode && r.effectiveFrom <= date && (!r.effectiveTo || date <= r.effectiveTo),
  );
}

const ratingRank = (r: Rating) => RATINGS.indexOf(r); // 0 = best
const disciplineRank = (l: DisciplineLevel) => DISCIPLINE_LEVELS.indexOf(l);
const initiativeRank = (l: Initiative['level']) => INITIATIVE_LEVELS.indexOf(l);

function joinNames(codes: string[], names: CodeNames): string {
  return codes.map(names).join(' hoặc ');
}

function yearRange(from: number, to: number): string {
  return from === to ? `năm ${to}` : `${from}–${to}`;
}

/** Award history indexed for repeated look-ups. */
interface HistoryIndex {
  counted: AwardRecord[];
  excluded: AwardRecord[];
  excludedTypes: CommendationType[];
}

function indexHistory(awards: AwardRecord[], excludedTypes: CommendationType[]): HistoryIndex {
  if (excludedTypes.length === 0) return { counted: awards, excluded: [], excludedTypes };
  const counted: AwardRecord[] = [];
  const excluded: AwardRecord[] = [];
  for (const a of awards) (excludedTypes.includes(a.commendationType) ? excluded : counted).push(a);
  return { counted, excluded, excludedTypes };
}

function yearsWith(awards: AwardRecord[], codes: string[]): Set<number> {
  const years = new Set<number>();
  for (const a of awards) if (codes.includes(a.catalogCode)) years.add(a.year);
  return years;
}

/** Year of the last award in `codes` up to Y (the chain restarts after it), or undefined. */
function lastYearOf(awards: AwardRecord[], codes: string[] | undefined, year: number): number | undefined {
  if (!codes || codes.length === 0) return undefined;
  let last: number | undefined;
  for (const a of awards) if (codes.includes(a.catalogCode) && a.year <= year && (last === undefined || a.year > last)) last = a.year;
  return last;
}

function excludedNote(h: HistoryIndex, codes: string[], y: number): string {
  const hit = h.excluded.find((a) => a.year === y && codes.includes(a.catalogCode));
  return hit ? ` (khen thưởng ${COMMENDATION_TYPE_LABEL[hit.commendationType].toLowerCase()} năm ${y} không được tính)` : '';
}

function sinceNote(last: number | undefined, sinceCodes: string[] | undefined, names: CodeNames): string {
  return last !== undefined && sinceCodes ? `, tính từ sau ${joinNames(sinceCodes, names)} năm ${last}` : '';
}

interface Ctx {
  input: EligibilityInput;
  names: CodeNames;
  history: HistoryIndex;
}

type Check = { outcome: RuleOutcome; messages: string[]; initiativeId?: string };

function checkCondition(c: RuleCondition, ctx: Ctx): Check {
  const { input, names, history } = ctx;
  const Y = input.year;
  const f = input.facts;
  switch (c.kind) {
    case 'excludeTypes':
      return {
        outcome: 'info',
        messages: [`Không tính khen thưởng ${c.types.map((t) => COMMENDATION_TYPE_LABEL[t].toLowerCase()).join(', ')}`],
      };
    case 'quota':
      return { outcome: 'round', messages: [`Xét theo cả đợt: không quá ${c.percent}% số ${joinNames(c.ofCodes, names)}`] };
    case 'prerequisite': {
      const min = c.minCount ?? 1;
      const from = c.withinYears ? Y - c.withinYears + 1 : -Infinity;
      const held = history.counted.filter((a) => c.codes.includes(a.catalogCode) && a.year <= Y && a.year >= from);
      const scope = c.withinYears ? ` trong ${yearRange(Y - c.withinYears + 1, Y)}` : '';
      if (held.length >= min) {
        const years = [...new Set(held.map((a) => a.year))].sort((a, b) => a - b).join(', ');
        return { outcome: 'pass', messages: [`Đã có ${joinNames(c.codes, names)} (năm ${years})`] };
      }
      const what = min > 1 ? `${min} lần ${joinNames(c.codes, names)}` : joinNames(c.codes, names);
      return { outcome: 'fail', messages: [`Chưa có ${what}${scope}`] };
    }
    case 'consecutive': {
      const end = Y + (c.endOffset ?? 0);
      const start = end - c.years + 1;
      const have = yearsWith(history.counted, c.codes);
      const last = lastYearOf(history.counted, c.sinceLastOf, end);
      const messages: string[] = [];
      for (let y = start; y <= end; y++) {
        if (last !== undefined && y <= last) {
          messages.push(`Năm ${y} đã được tính cho ${joinNames(c.sinceLastOf ?? [], names)} năm ${last}: một thành tích chỉ tính một lần`);
        } else if (!have.has(y)) {
          messages.push(`Thiếu năm ${y}: chưa có ${joinNames(c.codes, names)}${excludedNote(history, c.codes, y)}`);
        }
      }
      if (messages.length) return { outcome: 'fail', messages };
      return { outcome: 'pass', messages: [`Đủ ${c.years} năm liên tục ${joinNames(c.codes, names)} (${yearRange(start, end)})`] };
    }
    case 'countInWindow': {
      const last = lastYearOf(history.counted, c.sinceLastOf, Y);
      const windowStart = Y - c.windowYears + 1;
      const start = last !== undefined ? Math.max(windowStart, last + 1) : windowStart;
      const years = [...yearsWith(history.counted, c.codes)].filter((y) => y >= start && y <= Y).sort((a, b) => a - b);
      const found = years.length ? ` (năm ${years.join(', ')})` : '';
      if (years.length >= c.count) {
        return { outcome: 'pass', messages: [`Có ${years.length} lần ${joinNames(c.codes, names)} trong ${yearRange(start, Y)}${found}`] };
      }
      const excludedYears = history.excluded
        .filter((a) => c.codes.includes(a.catalogCode) && a.year >= start && a.year <= Y)
        .map((a) => a.year);
      const exNote = excludedYears.length ? `; năm ${excludedYears.join(', ')} là khen thưởng không được tính` : '';
      return {
        outcome: 'fail',
        messages: [
          `Chỉ có ${years.length}/${c.count} lần ${joinNames(c.codes, names)} trong ${yearRange(start, Y)}${found}${sinceNote(last, c.sinceLastOf, names)}${exNote}`,
        ],
      };
    }
    case 'rating': {
      const start = Y - c.years + 1;
      const byYear = new Map<number, Rating>();
      for (const r of f.ratings) byYear.set(r.year, r.rating);
      const last = lastYearOf(history.counted, c.sinceLastOf, Y);
      const need = `${RATING_LABEL[c.minRating]}${c.minRating === 'khong_hoan_thanh' ? '' : ' trở lên'}`;
      const messages: string[] = [];
      for (let y = start; y <= Y; y++) {
        const r = byYear.get(y);
        if (last !== undefined && y <= last) {
          messages.push(`Năm ${y} đã được tính cho ${joinNames(c.sinceLastOf ?? [], names)} năm ${last}: cần đủ ${c.years} năm liên tục sau đó`);
        } else if (r === undefined) {
          messages.push(`Thiếu năm ${y}: chưa có xếp loại, cần ${need}`);
        } else if (ratingRank(r) > ratingRank(c.minRating)) {
          messages.push(`Năm ${y}: xếp loại ${RATING_LABEL[r]}, cần ${need}`);
        }
      }
      if (messages.length) return { outcome: 'fail', messages };
      const span = c.years > 1 ? ` ${c.years} năm liên tục (${yearRange(start, Y)})` : ` năm ${Y}`;
      return { outcome: 'pass', messages: [`${need}${span}`] };
    }
    case 'initiative': {
      const start = Y - c.withinYears + 1;
      const levelText = `${INITIATIVE_LEVEL_LABEL[c.minLevel]}${c.minLevel === 'toan_quoc' ? '' : ' trở lên'}`;
      const fits = (i: Initiative) => initiativeRank(i.level) >= initiativeRank(c.minLevel) && i.year >= start && i.year <= Y;
      const free = (i: Initiative) => !i.usedByAwardId || i.usedByAwardId === input.ownAwardId;
      if (input.initiativeId) {
        const chosen = f.initiatives.find((i) => i.id === input.initiativeId);
        if (!chosen) return { outcome: 'fail', messages: ['Sáng kiến đã chọn không có trong hồ sơ của cá nhân'] };
        if (!fits(chosen)) {
          return {
            outcome: 'fail',
            messages: [`Sáng kiến “${chosen.title}” (${INITIATIVE_LEVEL_LABEL[chosen.level]}, năm ${chosen.year}) không đạt: cần sáng kiến ${levelText} trong ${yearRange(start, Y)}`],
          };
        }
        if (!free(chosen)) {
          return { outcome: 'fail', messages: [`Sáng kiến “${chosen.title}” đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần`] };
        }
        return { outcome: 'pass', messages: [`Sáng kiến “${chosen.title}” (${INITIATIVE_LEVEL_LABEL[chosen.level]}, năm ${chosen.year})`], initiativeId: chosen.id };
      }
      const candidates = f.initiatives.filter(fits);
      const usable = candidates.find(free);
      if (usable) {
        return { outcome: 'pass', messages: [`Sáng kiến “${usable.title}” (${INITIATIVE_LEVEL_LABEL[usable.level]}, năm ${usable.year})`], initiativeId: usable.id };
      }
      if (candidates.length) {
        return { outcome: 'fail', messages: [`Sáng kiến ${levelText} trong ${yearRange(start, Y)} đều đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần`] };
      }
      return { outcome: 'fail', messages: [`Chưa có sáng kiến ${levelText} được công nhận trong ${yearRange(start, Y)}`] };
    }
    case 'noBlocking': {
      const messages: string[] = [];
      for (const d of f.disciplines) {
        if (!c.blocks.includes(d.kind)) continue;
        const inForce = d.from <= input.date && (!d.to || d.to >= input.date);
        const inYear = Number(d.from.slice(0, 4)) === Y;
        if (d.kind === 'ky_luat') {
          const level = d.level ?? 'khien_trach';
          if (c.minDisciplineLevel && disciplineRank(level) < disciplineRank(c.minDisciplineLevel)) continue;
          if (inForce || inYear) messages.push(`Bị kỷ luật mức ${DISCIPLINE_LEVEL_LABEL[level]} từ ${formatDate(d.from)}${d.to ? ` đến ${formatDate(d.to)}` : ''}`);
        } else if (inForce) {
          messages.push(`${BLOCK_KIND_LABEL[d.kind]} (từ ${formatDate(d.from)})`);
        }
      }
      if (messages.length) return { outcome: 'fail', messages };
      return { outcome: 'pass', messages: ['Không bị kỷ luật, điều tra hay khiếu nại'] };
    }
    case 'memberShare': {
      const members = f.members ?? [];
      const total = members.length;
      const what = c.codes ? joinNames(c.codes, names) : `xếp loại ${RATING_LABEL[c.minRating ?? 'hoan_thanh']} trở lên`;
      const meets = (m: MemberFacts) =>
        c.codes
          ? m.codes.some((code) => c.codes!.includes(code))
          : m.rating !== undefined && ratingRank(m.rating) <= ratingRank(c.minRating ?? 'hoan_thanh');
      const count = members.filter(meets).length;
      const pct = total ? (count * 100) / total : 0;
      const pctText = `${Math.round(pct * 10) / 10}`.replace('.', ',');
      const messages: string[] = [];
      if (total === 0) messages.push(`Chưa có danh sách thành viên năm ${Y} để tính tỷ lệ ${what}`);
      else {
        if (c.minPercent !== undefined && count * 100 < c.minPercent * total) {
          messages.push(`Năm ${Y}: chỉ ${count}/${total} thành viên (${pctText}%) đạt ${what}, cần từ ${c.minPercent}%`);
        }
        if (c.minCount !== undefined && count < c.minCount) {
          messages.push(`Năm ${Y}: có ${count} thành viên đạt ${what}, cần ít nhất ${c.minCount}`);
        }
      }
      if (messages.length) return { outcome: 'fail', messages };
      return { outcome: 'pass', messages: [`Năm ${Y}: ${count}/${total} thành viên (${pctText}%) đạt ${what}`] };
    }
    case 'memberDiscipline': {
      const hit = (f.members ?? []).filter(
        (m) => m.disciplineLevel && disciplineRank(m.disciplineLevel) >= disciplineRank(c.minLevel),
      ).length;
      if (hit) return { outcome: 'fail', messages: [`Năm ${Y}: có ${hit} thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel]} trở lên`] };
      return { outcome: 'pass', messages: [`Năm ${Y}: không có thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel]} trở lên`] };
    }
    case 'documents': {
      const missing = c.documents.filter((d) => !input.documents.includes(d));
      if (missing.length) return { outcome: 'fail', messages: missing.map((d) => `Thiếu hồ sơ: ${DOCUMENT_TYPE_LABEL[d]}`) };
      return { outcome: 'pass', messages: [`Đủ hồ sơ: ${c.documents.map((d) => DOCUMENT_TYPE_LABEL[d]).join(', ')}`] };
    }
  }
}

/** Judges one nominee. Rules of other entries and rules not in force on `input.date` are ignored. */
export function evaluateEligibility(input: EligibilityInput, rules: EligibilityRule[], names: CodeNames): EligibilityResult {
  const active = rulesInForce(rules, input.catalogCode, input.date);
  if (active.length === 0) return { status: 'no_rules', results: [] };
  const excludedTypes = active.flatMap((r) => (r.condition.kind === 'excludeTypes' ? r.condition.types : []));
  // Only this recipient's awards count, and only those known by the judging date.
  const own = input.facts.awards.filter(
    (a) => a.recipientKind === input.facts.recipientKind && a.recipientId === input.facts.recipientId && (!a.decisionDate || a.decisionDate <= input.date),
  );
  const ctx: Ctx = { input, names, history: indexHistory(own, excludedTypes) };
  const results: RuleResult[] = [];
  let initiativeId: string | undefined;
  for (const rule of active) {
    const check = checkCondition(rule.condition, ctx);
    if (check.initiativeId) initiativeId = check.initiativeId;
    results.push({
      ruleId: rule.id,
      kind: rule.condition.kind,
      outcome: check.outcome,
      messages: check.messages,
      legalBasis: rule.legalBasis,
      needsCheck: rule.needsCheck === 1,
    });
  }
  const status = results.some((r) => r.outcome === 'fail') ? 'fail' : 'pass';
  return initiativeId ? { status, results, initiativeId } : { status, results };
}

/** Failing rules not covered by a written override. */
export function unresolvedFailures(result: EligibilityResult, overriddenRuleIds: string[]): RuleResult[] {
  return result.results.filter((r) => r.outcome === 'fail' && !overriddenRuleIds.includes(r.ruleId));
}
