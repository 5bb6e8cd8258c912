import type {
  EligibilityOverride,
  AwardRecord, CommendationType, DisciplineLevel, DisciplineRecord, DocumentType, EligibilityRule, Initiative,
  NodeConfirmation, Rating, RecipientKind, RuleCondition, RuleNode, YearRating,
} from './types';
import type { UnitYear } from '../registry/types';
import { DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS } from './types';
import {
  BLOCK_KIND_LABEL, COMMENDATION_TYPE_LABEL, DISCIPLINE_LEVEL_LABEL, DOCUMENT_TYPE_LABEL, INDICATOR_FIELD_LABEL,
  INITIATIVE_LEVEL_LABEL, RATING_LABEL,
} from './labels';
import { formatDate, formatNumber } from '../text/format';
import { isGroup, nodeAt } from './ruleTree';

/**
 * The eligibility rule engine: judges a nominee's facts against the condition trees of one
 * catalogue entry in force on the judging date for the nomination's commendation type. Pure: the
 * caller loads the facts. Every reason carries the clause of the node that produced it.
 */

/** One member of a collective in year Y (for memberShare / memberDiscipline). */
export interface MemberFacts {
  /** Award codes the member holds for year Y, and titles voted for Y in the same round. */
  codes: string[];
  rating?: Rating;
  /** Heaviest discipline imposed in year Y, if any. */
  disciplineLevel?: DisciplineLevel;
}

/** Another entry of the same round for this recipient (not rejected). */
export interface SameRoundEntry {
  code: string;
  year: number;
  /** Passed the council vote, or approved/decided: counts as holding the title in `year`. */
  voted: boolean;
}

/** The recipient's place in an emulation cluster or block for one year (the app's ranking and vote). */
export interface ClusterStanding {
  year: number;
  cluster: string;
  leads: boolean;
  /** How it was decided, e.g. "xếp thứ 1/6, được bình chọn dẫn đầu". */
  note: string;
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
  sameRound?: SameRoundEntry[];
  clusterStandings?: ClusterStanding[];
  /** Units only: yearly indicators. */
  unitYears?: Array<Pick<UnitYear, 'year' | 'revenue' | 'profit' | 'avgIncome'>>;
  /** Units only. */
  sector?: string;
}

export interface EligibilityInput {
  catalogCode: string;
  /** Achievement year Y. */
  year: number;
  /** Judging (submission) date, ISO: picks the rules in force. */
  date: string;
  /** Loại hình khen thưởng of the nomination; thường xuyên when absent. */
  commendationType?: CommendationType;
  facts: NomineeFacts;
  documents: DocumentType[];
  /** The initiative the nomination relies on, if chosen. */
  initiativeId?: string;
  /** The award this nomination produced: never counted for the nomination itself. */
  ownAwardId?: string;
  /** The nomination itself: an award recorded from it is not counted for it either. */
  ownNominationId?: string;
  confirmations?: NodeConfirmation[];
  /** Written overrides: the node they name counts as met. */
  overrides?: EligibilityOverride[];
}

export type RuleOutcome = 'pass' | 'fail' | 'info' | 'round';

/** The outcome of one node of a rule tree. */
export interface NodeResult {
  /** Child indexes joined by '.', '' for the root (NodeConfirmation.path). */
  path: string;
  kind: RuleNode['kind'];
  outcome: RuleOutcome;
  /** The clause that decides this node (its own, or the nearest ancestor's). */
  clause?: string;
  label?: string;
  /** Vietnamese reasons, each starting with the clause ("Điều 23 khoản 1: …"). */
  messages: string[];
  children?: NodeResult[];
  /** The office can confirm this leaf on the nomination (confirmed, clusterLead). */
  confirmable?: boolean;
  /** Not met, but the office nominates anyway with this written reason (counts as met). */
  overridden?: string;
}

export interface RuleResult {
  ruleId: string;
  kind: RuleNode['kind'];
  outcome: RuleOutcome;
  /** The deciding reasons: the failing leaves' when failing, else the passing ones'. */
  messages: string[];
  legalBasis: string;
  needsCheck: boolean;
  tree: NodeResult;
}

export interface EligibilityResult {
  /** 'no_rules' = no rule of this entry is in force on the date for this commendation type. */
  status: 'pass' | 'fail' | 'no_rules';
  results: RuleResult[];
  /** Initiatives that satisfied initiative rules (to mark as used on decision). */
  initiativeId?: string;
}

/** Names of catalogue codes for messages. */
export type CodeNames = (code: string) => string;

/** The types a rule judges (absent = thường xuyên). */
export function ruleTypes(rule: Pick<EligibilityRule, 'types'>): CommendationType[] {
  return rule.types?.length ? rule.types : ['thuong_xuyen'];
}

/** Rules of an entry in force on `date`; with `type`, only those judging that commendation type. */
export function rulesInForce(rules: EligibilityRule[], catalogCode: string, date: string, type?: CommendationType): EligibilityRule[] {
  return rules.filter(
    (r) => r.catalogCode === catalogCode && r.effectiveFrom <= date && (!r.effectiveTo || date <= r.effectiveTo)
      && (type === undefined || ruleTypes(r).includes(type)),
  );
}

const ratingRank = (r: Rating) => RATINGS.indexOf(r); // 0 = best
const disciplineRank = (l: DisciplineLevel) => DISCIPLINE_LEVELS.indexOf(l);
const initiativeRank = (l: Initiative['level']) => INITIATIVE_LEVELS.indexOf(l);
/** Results of these types never feed công trạng chains (Nghị định 152/2025 Điều 4). */
const NOT_IN_CHAINS: readonly CommendationType[] = ['dot_xuat', 'chuyen_de'];

function joinNames(codes: string[], names: CodeNames): string {
  return codes.map(names).join(' hoặc ');
}

function yearRange(from: number, to: number): string {
  return from === to ? `năm ${to}` : `${from}–${to}`;
}

interface Ctx {
  input: EligibilityInput;
  rules: EligibilityRule[];
  names: CodeNames;
  /** Awards that count: this recipient's, known by the judging date, not its own, not đột xuất/chuyên đề. */
  counted: AwardRecord[];
  /** This recipient's awards left out of chains because of their type. */
  excluded: AwardRecord[];
  /** Last year of a served discipline: chains restart after it. */
  servedUntil?: number;
  ruleId: string;
  /** The rule's legal basis and chain clauses, cited when a year is left out of a chain. */
  rule: Pick<EligibilityRule, 'legalBasis' | 'chainClauses'>;
  /** Depth of 'standard' look-ups (a standard may name another standard). */
  depth: number;
  /** Initiatives taken by initiative leaves of this evaluation (one initiative supports one award). */
  usedInitiatives: Set<string>;
}

type Check = { outcome: RuleOutcome; messages: string[]; initiativeIds?: string[] };

/** Held in year y: a counted award, or a title voted for y in the same round. */
function holds(ctx: Ctx, codes: string[], y: number): boolean {
  for (const a of ctx.counted) if (a.year === y && codes.includes(a.catalogCode)) return true;
  for (const e of ctx.input.facts.sameRound ?? []) if (e.voted && e.year === y && codes.includes(e.code)) return true;
  return false;
}

function sameRoundNote(ctx: Ctx, codes: string[], y: number): string {
  const hasAward = ctx.counted.some((a) => a.year === y && codes.includes(a.catalogCode));
  return !hasAward && (ctx.input.facts.sameRound ?? []).some((e) => e.voted && e.year === y && codes.includes(e.code)) ? ' (bình xét trong cùng đợt)' : '';
}

/** First year a chain may count from: after the last of `sinceLastOf` up to `upTo`, and after a served discipline. */
function chainStart(ctx: Ctx, sinceLastOf: string[] | undefined, upTo: number): { from: number; why?: string } {
  let from = -Infinity;
  let why: string | undefined;
  if (sinceLastOf?.length) {
    let last: number | undefined;
    for (const a of ctx.counted) if (sinceLastOf.includes(a.catalogCode) && a.year <= upTo && (last === undefined || a.year > last)) last = a.year;
    if (last !== undefined) {
      from = last + 1;
      why = `năm ${last} trở về trước đã được tính cho ${joinNames(sinceLastOf, ctx.names)} năm ${last} (${ctx.rule.chainClauses?.reusedYears ?? ctx.rule.legalBasis})`;
    }
  }
  const servedClause = ctx.rule.chainClauses?.servedDiscipline;
  if (servedClause && ctx.servedUntil !== undefined && ctx.servedUntil + 1 > from) {
    from = ctx.servedUntil + 1;
    why = `thành tích chỉ tính từ sau khi chấp hành xong kỷ luật năm ${ctx.servedUntil} (${servedClause})`;
  }
  return why ? { from, why } : { from };
}

function excludedNote(ctx: Ctx, codes: string[], y: number): string {
  const hit = ctx.excluded.find((a) => a.year === y && codes.includes(a.catalogCode));
  return hit ? ` (khen thưởng ${COMMENDATION_TYPE_LABEL[hit.commendationType].toLowerCase()} năm ${y} không tính vào chuỗi thành tích)` : '';
}

function checkLeaf(c: RuleCondition, ctx: Ctx, path: string): Check {
  const { input, names } = ctx;
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
      const { from: since } = chainStart(ctx, c.sinceLastOf, Y);
      const from = Math.max(c.withinYears ? Y - c.withinYears + 1 : -Infinity, since);
      const years = new Set<number>();
      let n = 0;
      for (const a of ctx.counted) if (c.codes.includes(a.catalogCode) && a.year <= Y && a.year >= from) { n++; years.add(a.year); }
      const scope = c.withinYears ? ` trong ${yearRange(Y - c.withinYears + 1, Y)}` : '';
      if (n >= min) return { outcome: 'pass', messages: [`Đã có ${joinNames(c.codes, names)} (năm ${[...years].sort((a, b) => a - b).join(', ')})`] };
      const ex = ctx.excluded.filter((a) => c.codes.includes(a.catalogCode));
      const exNote = ex.length ? `; ${joinNames(c.codes, names)} ${ex.map((a) => `${COMMENDATION_TYPE_LABEL[a.commendationType].toLowerCase()} năm ${a.year}`).join(', ')} không được tính` : '';
      const what = min > 1 ? `${min} lần ${joinNames(c.codes, names)}` : joinNames(c.codes, names);
      return { outcome: 'fail', messages: [`Chưa có ${what}${scope}${exNote}`] };
    }
    case 'consecutive': {
      const step = c.step ?? 1;
      let end = Y + (c.endOffset ?? 0);
      if (c.endWithin) {
        let latest: number | undefined;
        for (let y = Y; y > Y - c.endWithin; y--) if (holds(ctx, c.codes, y)) { latest = y; break; }
        if (latest === undefined) {
          return { outcome: 'fail', messages: [`Chưa có ${joinNames(c.codes, names)} trong ${yearRange(Y - c.endWithin + 1, Y)}`] };
        }
        end = latest;
      }
      const { from, why } = chainStart(ctx, c.sinceLastOf, end);
      const chain: number[] = [];
      for (let i = c.years - 1; i >= 0; i--) chain.push(end - i * step);
      const messages: string[] = [];
      for (const y of chain) {
        if (y < from) messages.push(`Năm ${y} không được tính: ${why}`);
        else if (!holds(ctx, c.codes, y)) messages.push(`Thiếu năm ${y}: chưa có ${joinNames(c.codes, names)}${excludedNote(ctx, c.codes, y)}`);
      }
      const kind = step > 1 ? `${c.years} lần liên tục` : `${c.years} năm liên tục`;
      if (messages.length) return { outcome: 'fail', messages: c.years > 1 ? [`Cần ${kind} ${joinNames(c.codes, names)}`, ...messages] : messages };
      const notes = chain.map((y) => `${y}${sameRoundNote(ctx, c.codes, y)}`).join(', ');
      return { outcome: 'pass', messages: [c.years > 1 ? `Đủ ${kind} ${joinNames(c.codes, names)} (năm ${notes})` : `Có ${joinNames(c.codes, names)} năm ${notes}`] };
    }
    case 'countInWindow': {
      const windowStart = Y - c.windowYears + 1;
      const { from, why } = chainStart(ctx, c.sinceLastOf, Y);
      const start = Math.max(windowStart, from);
      const years: number[] = [];
      for (let y = start; y <= Y; y++) if (holds(ctx, c.codes, y)) years.push(y);
      const found = years.length ? ` (năm ${years.join(', ')})` : '';
      if (years.length >= c.count) {
        return { outcome: 'pass', messages: [`Có ${years.length} lần ${joinNames(c.codes, names)} trong ${yearRange(start, Y)}${found}`] };
      }
      const exYears = ctx.excluded.filter((a) => c.codes.includes(a.catalogCode) && a.year >= start && a.year <= Y).map((a) => a.year);
      const exNote = exYears.length ? `; năm ${exYears.join(', ')} là khen thưởng không tính vào chuỗi thành tích` : '';
      const whyNote = start > windowStart && why ? `; ${why}` : '';
      return { outcome: 'fail', messages: [`Chỉ có ${years.length}/${c.count} lần ${joinNames(c.codes, names)} trong ${yearRange(start, Y)}${found}${whyNote}${exNote}`] };
    }
    case 'rating': {
      const start = Y - c.years + 1;
      const byYear = new Map<number, YearRating>();
      for (const r of f.ratings) byYear.set(r.year, r);
      const { from, why } = chainStart(ctx, c.sinceLastOf, Y);
      const need = `${RATING_LABEL[c.minRating]}${c.minRating === 'khong_hoan_thanh' ? '' : ' trở lên'}`;
      const messages: string[] = [];
      let leaveYears = 0;
      for (let y = start; y <= Y; y++) {
        const r = byYear.get(y);
        if (y < from) messages.push(`Năm ${y} không được tính: ${why}`);
        else if (r?.leave === 'thai_san' && (r.rating === undefined || ratingRank(r.rating) > ratingRank(c.minRating)) && ratingRank(c.minRating) >= ratingRank('tot')) {
          // Maternity leave is working time: the year keeps the chain unless the standard asks for excellence.
          leaveYears++;
        } else if (r === undefined) messages.push(`Thiếu năm ${y}: chưa có xếp loại, cần ${need}`);
        else if (ratingRank(r.rating) > ratingRank(c.minRating)) messages.push(`Năm ${y}: xếp loại ${RATING_LABEL[r.rating]}, cần ${need}`);
      }
      if (messages.length) return { outcome: 'fail', messages };
      const span = c.years > 1 ? ` ${c.years} năm liên tục (${yearRange(start, Y)})` : ` năm ${Y}`;
      const leave = leaveYears ? `; ${leaveYears} năm nghỉ thai sản được tính là thời gian công tác` : '';
      return { outcome: 'pass', messages: [`${need}${span}${leave}`] };
    }
    case 'standard': {
      const y = Y + (c.yearOffset ?? 0);
      const name = names(c.code);
      if (holds(ctx, [c.code], y)) return { outcome: 'pass', messages: [`Đạt tiêu chuẩn ${name} năm ${y}${sameRoundNote(ctx, [c.code], y) || ' (đã được công nhận)'}`] };
      const own = rulesInForce(ctx.rules, c.code, input.date, 'thuong_xuyen');
      if (!own.length || ctx.depth >= 3) return { outcome: 'fail', messages: [`Chưa đạt tiêu chuẩn ${name} năm ${y}: chưa được công nhận và chưa có điều kiện để xét`] };
      const sub = evaluateWith({ ...input, catalogCode: c.code, year: y, commendationType: 'thuong_xuyen', confirmations: [], overrides: [] }, ctx.rules, names, ctx.depth + 1);
      const failing = sub.results.filter((r) => r.outcome === 'fail');
      if (!failing.length) return { outcome: 'pass', messages: [`Đạt tiêu chuẩn ${name} năm ${y}`] };
      return { outcome: 'fail', messages: [`Chưa đạt tiêu chuẩn ${name} năm ${y}`, ...failing.flatMap((r) => r.messages)] };
    }
    case 'initiative': {
      const need = c.count ?? 1;
      const start = Y - c.withinYears + 1;
      const levelText = `${INITIATIVE_LEVEL_LABEL[c.minLevel]}${c.minLevel === 'toan_quoc' ? '' : ' trở lên'}`;
      const fits = (i: Initiative) => initiativeRank(i.level) >= initiativeRank(c.minLevel) && i.year >= start && i.year <= Y;
      const free = (i: Initiative) => (!i.usedByAwardId || i.usedByAwardId === input.ownAwardId) && !ctx.usedInitiatives.has(i.id);
      const picked: Initiative[] = [];
      if (input.initiativeId) {
        const chosen = f.initiatives.find((i) => i.id === input.initiativeId);
        if (!chosen) return { outcome: 'fail', messages: ['Sáng kiến đã chọn không có trong hồ sơ của cá nhân'] };
        if (!fits(chosen)) {
          return { outcome: 'fail', messages: [`Sáng kiến “${chosen.title}” (${INITIATIVE_LEVEL_LABEL[chosen.level]}, năm ${chosen.year}) không đạt: cần sáng kiến ${levelText} trong ${yearRange(start, Y)}`] };
        }
        if (!free(chosen)) return { outcome: 'fail', messages: [`Sáng kiến “${chosen.title}” đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần`] };
        picked.push(chosen);
      }
      for (const i of f.initiatives) if (picked.length < need && !picked.includes(i) && fits(i) && free(i)) picked.push(i);
      const list = picked.map((i) => `“${i.title}” (${INITIATIVE_LEVEL_LABEL[i.level]}, năm ${i.year})`).join('; ');
      if (picked.length >= need) {
        for (const i of picked) ctx.usedInitiatives.add(i.id);
        return { outcome: 'pass', messages: [`Sáng kiến, đề tài ${list}`], initiativeIds: picked.map((i) => i.id) };
      }
      const used = f.initiatives.filter((i) => fits(i) && !free(i)).length;
      const usedNote = used ? `; ${used} sáng kiến khác đã dùng cho khen thưởng khác (mỗi sáng kiến chỉ tính một lần)` : '';
      return { outcome: 'fail', messages: [`Cần ${need} sáng kiến, đề tài ${levelText} được công nhận trong ${yearRange(start, Y)}, có ${picked.length}${usedNote}`] };
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
      return { outcome: 'pass', messages: ['Không bị kỷ luật, không đang bị xem xét kỷ luật, điều tra hay giải quyết khiếu nại'] };
    }
    case 'memberShare': {
      const members = f.members ?? [];
      const total = members.length;
      const what = c.codes ? joinNames(c.codes, names) : `xếp loại ${RATING_LABEL[c.minRating ?? 'hoan_thanh']} trở lên`;
      const meets = (m: MemberFacts) =>
        c.codes ? m.codes.some((code) => c.codes!.includes(code)) : m.rating !== undefined && ratingRank(m.rating) <= ratingRank(c.minRating ?? 'hoan_thanh');
      const count = members.filter(meets).length;
      const pctText = total ? `${Math.round(((count * 100) / total) * 10) / 10}`.replace('.', ',') : '0';
      const messages: string[] = [];
      if (total === 0) messages.push(`Chưa có danh sách thành viên năm ${Y} để tính tỷ lệ ${what}`);
      else {
        // Integer comparison: exactly 70% passes "at least 70%", 69,9% does not.
        if (c.minPercent !== undefined && count * 100 < c.minPercent * total) messages.push(`Năm ${Y}: chỉ ${count}/${total} thành viên (${pctText}%) đạt ${what}, cần từ ${c.minPercent}%`);
        if (c.abovePercent !== undefined && count * 100 <= c.abovePercent * total) messages.push(`Năm ${Y}: chỉ ${count}/${total} thành viên (${pctText}%) đạt ${what}, cần trên ${c.abovePercent}%`);
        if (c.minCount !== undefined && count < c.minCount) messages.push(`Năm ${Y}: có ${count} thành viên đạt ${what}, cần ít nhất ${c.minCount}`);
      }
      if (messages.length) return { outcome: 'fail', messages };
      return { outcome: 'pass', messages: [`Năm ${Y}: ${count}/${total} thành viên (${pctText}%) đạt ${what}`] };
    }
    case 'memberDiscipline': {
      const hit = (f.members ?? []).filter((m) => m.disciplineLevel && disciplineRank(m.disciplineLevel) >= disciplineRank(c.minLevel)).length;
      if (hit) return { outcome: 'fail', messages: [`Năm ${Y}: có ${hit} thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel].toLowerCase()} trở lên`] };
      return { outcome: 'pass', messages: [`Năm ${Y}: không có thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel].toLowerCase()} trở lên`] };
    }
    case 'clusterLead': {
      const standing = (f.clusterStandings ?? []).find((s) => s.year === Y && s.leads);
      if (standing) return { outcome: 'pass', messages: [`Dẫn đầu ${standing.cluster} năm ${Y} (${standing.note})`] };
      const confirmed = findConfirmation(ctx, path);
      if (confirmed) return { outcome: 'pass', messages: [`Dẫn đầu cụm, khối thi đua năm ${Y}: ${confirmed.evidence}`] };
      const other = (f.clusterStandings ?? []).find((s) => s.year === Y);
      return { outcome: 'fail', messages: [other ? `Năm ${Y} không dẫn đầu ${other.cluster} (${other.note})` : `Chưa có kết quả cụm, khối thi đua năm ${Y}: nhập kết quả xếp hạng, bình chọn của cụm hoặc ghi minh chứng`] };
    }
    case 'indicator': {
      const label = INDICATOR_FIELD_LABEL[c.field];
      const row = (f.unitYears ?? []).find((u) => u.year === Y);
      const v = row?.[c.field];
      if (v === undefined) return { outcome: 'fail', messages: [`Năm ${Y}: chưa có số liệu ${label.toLowerCase()}`] };
      const messages: string[] = [];
      if (c.min !== undefined && v < c.min) messages.push(`Năm ${Y}: ${label.toLowerCase()} ${formatNumber(v)} đồng, cần từ ${formatNumber(c.min)} đồng`);
      if (c.rising) {
        const prev = (f.unitYears ?? []).find((u) => u.year === Y - 1)?.[c.field];
        if (prev === undefined) messages.push(`Năm ${Y - 1}: chưa có số liệu ${label.toLowerCase()} để so sánh mức tăng`);
        else if (v <= prev) messages.push(`Năm ${Y}: ${label.toLowerCase()} ${formatNumber(v)} đồng, không tăng so với năm ${Y - 1} (${formatNumber(prev)} đồng)`);
      }
      if (messages.length) return { outcome: 'fail', messages };
      return { outcome: 'pass', messages: [`Năm ${Y}: ${label.toLowerCase()} ${formatNumber(v)} đồng${c.rising ? ', tăng so với năm trước' : ''}`] };
    }
    case 'sector': {
      if (f.sector && c.sectors.includes(f.sector)) return { outcome: 'pass', messages: [`Lĩnh vực phù hợp`] };
      return { outcome: 'fail', messages: [f.sector ? 'Lĩnh vực hoạt động không thuộc nhánh này' : 'Chưa ghi lĩnh vực hoạt động của đơn vị'] };
    }
    case 'confirmed': {
      const confirmed = findConfirmation(ctx, path);
      if (confirmed) return { outcome: 'pass', messages: [`${c.text}: ${confirmed.evidence}`] };
      return { outcome: 'fail', messages: [`Chưa xác nhận: ${c.text}`] };
    }
    case 'documents': {
      const missing = c.documents.filter((d) => !input.documents.includes(d));
      if (missing.length) return { outcome: 'fail', messages: missing.map((d) => `Thiếu hồ sơ: ${DOCUMENT_TYPE_LABEL[d]}`) };
      return { outcome: 'pass', messages: [`Đủ hồ sơ: ${c.documents.map((d) => DOCUMENT_TYPE_LABEL[d]).join(', ')}`] };
    }
  }
}

function findConfirmation(ctx: Ctx, path: string): NodeConfirmation | undefined {
  return ctx.input.confirmations?.find((x) => x.ruleId === ctx.ruleId && x.path === path && x.evidence.trim() !== '');
}

const prefixed = (clause: string | undefined, messages: string[]) => (clause ? messages.map((m) => `${clause}: ${m}`) : messages);
const blocks = (o: RuleOutcome) => o === 'fail';

/** A failing node the office has overridden in writing counts as met; its reasons stay visible. */
function checkNode(node: RuleNode, ctx: Ctx, path: string, inherited: string | undefined, initiativeIds: string[]): NodeResult {
  const r = judgeNode(node, ctx, path, inherited, initiativeIds);
  if (r.outcome !== 'fail') return r;
  const o = ctx.input.overrides?.find((x) => x.ruleId === ctx.ruleId && (x.path ?? '') === path);
  return o ? { ...r, outcome: 'pass', overridden: o.reason, messages: [...r.messages, ...prefixed(r.clause, [`Vẫn đề nghị, lý do: ${o.reason}`])] } : r;
}

function judgeNode(node: RuleNode, ctx: Ctx, path: string, inherited: string | undefined, initiativeIds: string[]): NodeResult {
  const clause = node.clause ?? inherited;
  const base = { path, kind: node.kind, ...(clause ? { clause } : {}), ...(node.label ? { label: node.label } : {}) };
  if (!isGroup(node)) {
    const check = checkLeaf(node, ctx, path);
    if (check.initiativeIds) initiativeIds.push(...check.initiativeIds);
    const confirmable = node.kind === 'confirmed' || node.kind === 'clusterLead';
    return { ...base, outcome: check.outcome, messages: prefixed(clause, check.messages), ...(confirmable ? { confirmable } : {}) };
  }
  // Initiatives taken by a branch that does not decide the group go back to the pool.
  const children: NodeResult[] = [];
  const childInitiatives: string[][] = [];
  for (let i = 0; i < node.of.length; i++) {
    const ids: string[] = [];
    const used = new Set(ctx.usedInitiatives);
    const r = checkNode(node.of[i]!, ctx, path ? `${path}.${i}` : String(i), clause, ids);
    if (blocks(r.outcome)) ctx.usedInitiatives = used;
    children.push(r);
    childInitiatives.push(blocks(r.outcome) ? [] : ids);
  }
  const passed = children.filter((r) => !blocks(r.outcome)).length;
  const need = node.kind === 'all' ? node.of.length : node.kind === 'any' ? 1 : Math.min(node.min ?? 1, node.of.length);
  const ok = passed >= need && node.of.length > 0;
  if (ok) for (const ids of childInitiatives) initiativeIds.push(...ids);
  const title = node.label ? `${node.label}: ` : '';
  let messages: string[];
  if (node.kind === 'all') messages = [];
  else if (ok) {
    const met = children.filter((r) => !blocks(r.outcome)).map((r) => r.label ?? `nhánh ${Number(r.path.split('.').pop()) + 1}`);
    messages = prefixed(clause, [`${title}đạt ${node.kind === 'any' ? 'điều kiện' : `${passed}/${node.of.length} điều kiện (cần ${need})`}: ${met.join('; ')}`]);
  } else {
    messages = prefixed(clause, [`${title}${node.kind === 'any' ? 'không đạt điều kiện nào trong các trường hợp' : `chỉ đạt ${passed}/${node.of.length} điều kiện, cần ${need}`}`]);
  }
  return { ...base, outcome: ok ? 'pass' : 'fail', messages, children };
}

/** The reasons that decide a node: failing leaves under a failing node, passing leaves under a passing one. */
function decidingMessages(r: NodeResult): string[] {
  if (!r.children) return r.messages;
  const wanted = r.outcome === 'fail' ? r.children.filter((c) => c.outcome === 'fail') : r.children.filter((c) => c.outcome !== 'fail');
  return [...r.messages, ...wanted.flatMap(decidingMessages)];
}

function evaluateWith(input: EligibilityInput, rules: EligibilityRule[], names: CodeNames, depth: number): EligibilityResult {
  const type = input.commendationType ?? 'thuong_xuyen';
  const active = rulesInForce(rules, input.catalogCode, input.date, type);
  if (active.length === 0) return { status: 'no_rules', results: [] };
  const { recipientKind, recipientId } = input.facts;
  const counted: AwardRecord[] = [];
  const excluded: AwardRecord[] = [];
  for (const a of input.facts.awards) {
    // Only this recipient's awards known by the judging date, never the award this nomination produced.
    if (a.recipientKind !== recipientKind || a.recipientId !== recipientId) continue;
    if (a.decisionDate && a.decisionDate > input.date) continue;
    if ((input.ownAwardId && a.id === input.ownAwardId) || (input.ownNominationId && a.nominationEntryId === input.ownNominationId)) continue;
    (NOT_IN_CHAINS.includes(a.commendationType) ? excluded : counted).push(a);
  }
  let servedUntil: number | undefined;
  for (const d of input.facts.disciplines) {
    if (d.kind !== 'ky_luat' || !d.to || d.to >= input.date) continue;
    const y = Number(d.to.slice(0, 4));
    if (servedUntil === undefined || y > servedUntil) servedUntil = y;
  }
  const usedInitiatives = new Set<string>();
  const results: RuleResult[] = [];
  const initiativeIds: string[] = [];
  for (const rule of active) {
    const ctx: Ctx = { input, rules, names, counted, excluded, ruleId: rule.id, rule, depth, usedInitiatives, ...(servedUntil !== undefined ? { servedUntil } : {}) };
    const tree = checkNode(rule.condition, ctx, '', undefined, initiativeIds);
    results.push({
      ruleId: rule.id,
      kind: rule.condition.kind,
      outcome: tree.outcome,
      messages: decidingMessages(tree),
      legalBasis: rule.legalBasis,
      needsCheck: rule.needsCheck === 1,
      tree,
    });
  }
  const status = results.some((r) => r.outcome === 'fail') ? 'fail' : 'pass';
  return initiativeIds.length ? { status, results, initiativeId: initiativeIds[0]! } : { status, results };
}

/** Judges one nominee. Rules of other entries, other commendation types and rules not in force on `input.date` are ignored. */
export function evaluateEligibility(input: EligibilityInput, rules: EligibilityRule[], names: CodeNames): EligibilityResult {
  return evaluateWith(input, rules, names, 0);
}

/** A node of the tree (or below it) is met only by a written override. */
export function hasOverride(node: NodeResult): boolean {
  return node.overridden !== undefined || (node.children ?? []).some(hasOverride);
}

/** Failing rules (written overrides already count as met inside the tree). */
export function unresolvedFailures(result: EligibilityResult): RuleResult[] {
  return result.results.filter((r) => r.outcome === 'fail');
}

export { nodeAt };
