/**
 * What every leaf check of the eligibility engine reads: the rules in force, the context of one
 * rule's evaluation (the awards that count, a served discipline), and the chains of years they form.
 */
import type { AwardRecord, CommendationType, DisciplineLevel, EligibilityRule, Initiative, NodeConfirmation, Rating } from './types';
import { DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS } from './types';
import { COMMENDATION_TYPE_LABEL } from './labels';
import type { CodeNames, EligibilityInput, EligibilityResult, RuleOutcome } from './eligibilityTypes';

/** The types a rule judges (absent = thường xuyên). */
export function ruleTypes(rule: Pick<EligibilityRule, 'types'>): CommendationType[] {
  return rule.types?.length ? rule.types : ['thuong_xuyen'];
}

/** Rules of an entry in force on `date`; with `type`, only those judging that commendation type. */
export function rulesInForce(rules: EligibilityRule[], catalogCode: string, date: string, type?: CommendationType): EligibilityRule[] {
  return rules.filter(
    (r) =>
      r.catalogCode === catalogCode &&
      r.effectiveFrom <= date &&
      (!r.effectiveTo || date <= r.effectiveTo) &&
      (type === undefined || ruleTypes(r).includes(type)),
  );
}

export const ratingRank = (r: Rating) => RATINGS.indexOf(r); // 0 = best
export const disciplineRank = (l: DisciplineLevel) => DISCIPLINE_LEVELS.indexOf(l);
export const initiativeRank = (l: Initiative['level']) => INITIATIVE_LEVELS.indexOf(l);
/** Results of these types never feed công trạng chains (Nghị định 152/2025 Điều 4). */
export const NOT_IN_CHAINS: readonly CommendationType[] = ['dot_xuat', 'chuyen_de'];

export function joinNames(codes: string[], names: CodeNames): string {
  return codes.map(names).join(' hoặc ');
}

export function yearRange(from: number, to: number): string {
  return from === to ? `năm ${to}` : `${from}–${to}`;
}

/** One rule's evaluation: the nominee's input and the facts derived from it once. */
export interface Ctx {
  input: EligibilityInput;
  rules: EligibilityRule[];
  names: CodeNames;
  /** Awards that count: this recipient's, known by the judging date, not its own, not đột xuất/chuyên đề. */
  counted: AwardRecord[];
  /** This recipient's awards left out of chains because of their type. */
  excluded: AwardRecord[];
  /** Ids of the awards this nomination produced (eligibility.ts ownAwardIds): never counted for it. */
  own: ReadonlySet<string>;
  /** Last year of a served discipline: chains restart after it. */
  servedUntil?: number;
  ruleId: string;
  /** The rule's legal basis and chain clauses, cited when a year is left out of a chain. */
  rule: Pick<EligibilityRule, 'legalBasis' | 'chainClauses'>;
  /** Depth of 'standard' look-ups (a standard may name another standard). */
  depth: number;
  /** Initiatives taken by initiative leaves of this evaluation (one initiative supports one award). */
  usedInitiatives: Set<string>;
  /** Judges another entry with the same rules and names ('standard' leaves), `depth` levels down. */
  evaluate: (input: EligibilityInput, depth: number) => EligibilityResult;
}

/** A leaf's outcome, its reasons, and the initiatives it relied on. */
export type Check = { outcome: RuleOutcome; messages: string[]; initiativeIds?: string[] };

/** Held in year y: a counted award, or a title voted for y in the same round. */
export function holds(ctx: Ctx, codes: string[], y: number): boolean {
  for (const a of ctx.counted) if (a.year === y && codes.includes(a.catalogCode)) return true;
  for (const e of ctx.input.facts.sameRound ?? []) if (e.voted && e.year === y && codes.includes(e.code)) return true;
  return false;
}

export function sameRoundNote(ctx: Ctx, codes: string[], y: number): string {
  const hasAward = ctx.counted.some((a) => a.year === y && codes.includes(a.catalogCode));
  return !hasAward && (ctx.input.facts.sameRound ?? []).some((e) => e.voted && e.year === y && codes.includes(e.code)) ? ' (bình xét trong cùng đợt)' : '';
}

/** First year a chain may count from: after the last of `sinceLastOf` up to `upTo`, and after a served discipline. */
export function chainStart(ctx: Ctx, sinceLastOf: string[] | undefined, upTo: number): { from: number; why?: string } {
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

export function excludedNote(ctx: Ctx, codes: string[], y: number): string {
  const hit = ctx.excluded.find((a) => a.year === y && codes.includes(a.catalogCode));
  return hit ? ` (khen thưởng ${COMMENDATION_TYPE_LABEL[hit.commendationType].toLowerCase()} năm ${y} không tính vào chuỗi thành tích)` : '';
}

export function findConfirmation(ctx: Ctx, path: string): NodeConfirmation | undefined {
  return ctx.input.confirmations?.find((x) => x.ruleId === ctx.ruleId && x.path === path && x.evidence.trim() !== '');
}
