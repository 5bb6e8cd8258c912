/**
 * The eligibility rule engine: judges a nominee's facts against the condition trees of one
 * catalogue entry in force on the judging date for the nomination's commendation type. Pure: the
 * caller loads the facts. Every reason carries the clause of the node that produced it.
 * Shapes in eligibilityTypes.ts, the context and chains of years in eligibilityChains.ts, the leaf
 * conditions in eligibilityLeaves.ts; the tree (all / any / at least N, overrides) is judged here.
 */
import type { AwardRecord, EligibilityRule, RuleNode } from './types';
import { isGroup, nodeAt } from './ruleTree';
import type { CodeNames, EligibilityInput, EligibilityResult, NodeResult, RuleOutcome, RuleResult } from './eligibilityTypes';
import { NOT_IN_CHAINS, rulesInForce, type Ctx } from './eligibilityChains';
import { checkLeaf } from './eligibilityLeaves';

export type {
  ClusterStanding,
  CodeNames,
  EligibilityInput,
  EligibilityResult,
  MemberFacts,
  NodeResult,
  NomineeFacts,
  RuleOutcome,
  RuleResult,
  SameRoundEntry,
} from './eligibilityTypes';
export { ruleTypes, rulesInForce } from './eligibilityChains';

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
    messages = prefixed(clause, [
      `${title}đạt ${node.kind === 'any' ? 'điều kiện' : `${passed}/${node.of.length} điều kiện (cần ${need})`}: ${met.join('; ')}`,
    ]);
  } else {
    messages = prefixed(clause, [
      `${title}${node.kind === 'any' ? 'không đạt điều kiện nào trong các trường hợp' : `chỉ đạt ${passed}/${node.of.length} điều kiện, cần ${need}`}`,
    ]);
  }
  return { ...base, outcome: ok ? 'pass' : 'fail', messages, children };
}

/** The reasons that decide a node: failing leaves under a failing node, passing leaves under a passing one. */
function decidingMessages(r: NodeResult): string[] {
  if (!r.children) return r.messages;
  const wanted = r.outcome === 'fail' ? r.children.filter((c) => c.outcome === 'fail') : r.children.filter((c) => c.outcome !== 'fail');
  return [...r.messages, ...wanted.flatMap(decidingMessages)];
}

/**
 * The awards a nomination produced: the one its decision wrote (by award id or nomination id) and,
 * when the decision was typed into the history by hand or imported (no nomination link), the same
 * title for the same recipient and year. Never counted for the nomination itself, at any depth of
 * 'standard' look-ups; they still count for every other nomination (other titles, later years).
 * Only a nomination has awards of its own: without `ownNominationId` / `ownAwardId` there are none.
 */
export function ownAwardIds(input: EligibilityInput): Set<string> {
  const own = new Set<string>();
  if (!input.ownNominationId && !input.ownAwardId) return own;
  const { recipientKind, recipientId } = input.facts;
  for (const a of input.facts.awards) {
    if (a.recipientKind !== recipientKind || a.recipientId !== recipientId) continue;
    if (input.ownAwardId && a.id === input.ownAwardId) own.add(a.id);
    else if (a.nominationEntryId) {
      if (a.nominationEntryId === input.ownNominationId) own.add(a.id);
    } else if (a.catalogCode === input.catalogCode && a.year === input.year) own.add(a.id);
  }
  return own;
}

function evaluateWith(input: EligibilityInput, rules: EligibilityRule[], names: CodeNames, depth: number, own: Set<string>): EligibilityResult {
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
    if (own.has(a.id)) continue;
    (NOT_IN_CHAINS.includes(a.commendationType) ? excluded : counted).push(a);
  }
  let servedUntil: number | undefined;
  for (const d of input.facts.disciplines) {
    if (d.kind !== 'ky_luat' || !d.to || d.to >= input.date) continue;
    const y = Number(d.to.slice(0, 4));
    if (servedUntil === undefined || y > servedUntil) servedUntil = y;
  }
  const usedInitiatives = new Set<string>();
  const evaluate = (sub: EligibilityInput, subDepth: number) => evaluateWith(sub, rules, names, subDepth, own);
  const results: RuleResult[] = [];
  const initiativeIds: string[] = [];
  for (const rule of active) {
    const ctx: Ctx = {
      input,
      rules,
      names,
      counted,
      excluded,
      own,
      ruleId: rule.id,
      rule,
      depth,
      usedInitiatives,
      evaluate,
      ...(servedUntil !== undefined ? { servedUntil } : {}),
    };
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
  return evaluateWith(input, rules, names, 0, ownAwardIds(input));
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
