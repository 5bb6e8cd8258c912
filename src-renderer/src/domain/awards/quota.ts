import type { EligibilityRule } from './types';
import { rulesInForce, type CodeNames } from './eligibility';
import { ruleLeaves } from './ruleTree';

/**
 * A cap the office sets for itself (settings, off by default): since 01/01/2024 the law sets no
 * percentage cap on CSTĐCS or Cờ thi đua Chính phủ; an office may keep one as its own rule.
 */
export interface OfficeQuota {
  catalogCode: string;
  percent: number;
  ofCodes: string[];
  per: 'unit' | 'round';
}

/**
 * Quota caps across a round (e.g. CSTĐCS at most 15% of LĐTT holders per unit): checked on the
 * whole round before submission, since no single nominee can break a cap alone.
 */

export interface QuotaNominee {
  nominationId: string;
  catalogCode: string;
  recipientId: string;
  /** The unit a person belongs to (for per-unit caps); a unit's own id for collectives. */
  groupId?: string;
}

/** Someone holding (or proposed in the round for) an award in year Y. */
export interface QuotaHolder {
  catalogCode: string;
  recipientId: string;
  groupId?: string;
}

export interface QuotaCheck {
  ruleId: string;
  catalogCode: string;
  /** Unit id for per-unit caps, '' for the whole round. */
  groupId: string;
  /** Proposed in this round plus already awarded for Y outside it. */
  count: number;
  /** Number of holders of the base award(s). */
  base: number;
  cap: number;
  percent: number;
  exceeded: boolean;
  message: string;
}

export interface QuotaInput {
  date: string;
  nominees: QuotaNominee[];
  /** Holders of base awards in Y (history plus live nominations of the round). */
  baseHolders: QuotaHolder[];
  /** Awards of the capped entries already decided for Y outside this round. */
  alreadyAwarded: QuotaHolder[];
  /** Name of a group (unit) for messages. */
  groupName?: (groupId: string) => string;
}

export function checkQuotas(input: QuotaInput, rules: EligibilityRule[], names: CodeNames, officeQuotas: OfficeQuota[] = []): QuotaCheck[] {
  const out: QuotaCheck[] = [];
  const codes = [...new Set(input.nominees.map((n) => n.catalogCode))];
  for (const code of codes) {
    // Caps of the law in force (e.g. Nghị định 91/2017 before 2024) and the office's own caps.
    const caps: Array<{ ruleId: string; source: string; c: Omit<OfficeQuota, 'catalogCode'> }> = [];
    for (const rule of rulesInForce(rules, code, input.date)) {
      for (const leaf of ruleLeaves(rule.condition)) {
        if (leaf.kind === 'quota') caps.push({ ruleId: rule.id, source: leaf.clause ?? rule.legalBasis, c: leaf });
      }
    }
    officeQuotas.forEach((q, i) => {
      if (q.catalogCode === code) caps.push({ ruleId: `office-quota:${i}`, source: 'Quy định của cơ quan', c: q });
    });
    for (const { ruleId, source, c } of caps) {
      const keyOf = (x: { groupId?: string }) => (c.per === 'unit' ? (x.groupId ?? '') : '');
      const proposed = new Map<string, Set<string>>();
      const add = (m: Map<string, Set<string>>, key: string, id: string) => {
        const s = m.get(key) ?? new Set<string>();
        s.add(id);
        m.set(key, s);
      };
      for (const n of input.nominees) if (n.catalogCode === code) add(proposed, keyOf(n), n.recipientId);
      for (const a of input.alreadyAwarded) if (a.catalogCode === code) add(proposed, keyOf(a), a.recipientId);
      const base = new Map<string, Set<string>>();
      for (const h of input.baseHolders) if (c.ofCodes.includes(h.catalogCode)) add(base, keyOf(h), h.recipientId);
      for (const [groupId, ids] of proposed) {
        const baseCount = base.get(groupId)?.size ?? 0;
        const cap = Math.floor((baseCount * c.percent) / 100);
        const exceeded = ids.size > cap;
        const where = c.per === 'unit' ? ` tại ${groupId ? (input.groupName?.(groupId) ?? groupId) : 'cá nhân chưa gắn đơn vị'}` : ' trong đợt';
        const ofNames = c.ofCodes.map(names).join(', ');
        out.push({
          ruleId,
          catalogCode: code,
          groupId,
          count: ids.size,
          base: baseCount,
          cap,
          percent: c.percent,
          exceeded,
          message: `${source}: ${names(code)}${where}: ${ids.size}/${cap} (tối đa ${c.percent}% của ${baseCount} ${ofNames})${exceeded ? ' — vượt tỷ lệ' : ''}`,
        });
      }
    }
  }
  return out;
}
