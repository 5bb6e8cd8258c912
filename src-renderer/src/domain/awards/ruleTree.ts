import type { CatalogEntry, EligibilityRule, RuleGroup, RuleLeaf, RuleNode } from './types';
import { COMMENDATION_TYPES, INDICATOR_FIELDS } from './types';
import { COMMENDATION_TYPE_LABEL } from './labels';

/**
 * Rule trees (all-of / one-of / at-least-N of leaves): walking, finding a node by path, and the
 * checks that refuse a tree the engine could not judge.
 */

export function isGroup(node: RuleNode): node is RuleGroup {
  return node.kind === 'all' || node.kind === 'any' || node.kind === 'atLeast';
}

/** The node at a path ('' = root, '1.0' = first child of the second child). */
export function nodeAt(root: RuleNode, path: string): RuleNode | undefined {
  let node: RuleNode | undefined = root;
  for (const part of path ? path.split('.') : []) node = node && isGroup(node) ? node.of[Number(part)] : undefined;
  return node;
}

/** Every node with its path, depth first, parents before children. */
export function walkRule(root: RuleNode, visit: (node: RuleNode, path: string, depth: number) => void, path = '', depth = 0): void {
  visit(root, path, depth);
  if (isGroup(root)) root.of.forEach((child, i) => walkRule(child, visit, path ? `${path}.${i}` : String(i), depth + 1));
}

/** The leaves of a tree. */
export function ruleLeaves(root: RuleNode): RuleLeaf[] {
  const out: RuleLeaf[] = [];
  walkRule(root, (n) => {
    if (!isGroup(n)) out.push(n);
  });
  return out;
}

function codesOf(leaf: RuleLeaf): string[] {
  switch (leaf.kind) {
    case 'prerequisite':
    case 'consecutive':
    case 'countInWindow':
      return [...leaf.codes, ...(leaf.sinceLastOf ?? [])];
    case 'rating':
      return leaf.sinceLastOf ?? [];
    case 'standard':
      return [leaf.code];
    case 'quota':
      return leaf.ofCodes;
    case 'memberShare':
      return leaf.codes ?? [];
    default:
      return [];
  }
}

const positive = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;

/**
 * Vietnamese messages for a rule the engine cannot judge: an empty group, "at least N" out of
 * range, an unknown title or form, bad numbers, a period that overlaps another rule of the same
 * entry and commendation type. Empty when the rule is sound.
 */
export function validateRule(
  rule: Pick<EligibilityRule, 'id' | 'catalogCode' | 'effectiveFrom' | 'effectiveTo' | 'types' | 'condition'>,
  catalog: Pick<CatalogEntry, 'code'>[],
  others: EligibilityRule[],
): string[] {
  const errors: string[] = [];
  const known = new Set(catalog.map((c) => c.code));
  if (!known.has(rule.catalogCode)) errors.push(`Danh hiệu, hình thức "${rule.catalogCode}" không có trong danh mục.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(rule.effectiveFrom)) errors.push('Ngày có hiệu lực là bắt buộc (dd/mm/yyyy).');
  if (rule.effectiveTo && rule.effectiveTo < rule.effectiveFrom) errors.push('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  for (const t of rule.types ?? []) if (!(COMMENDATION_TYPES as readonly string[]).includes(t)) errors.push(`Loại hình khen thưởng "${t}" không có.`);
  if (!rule.condition || typeof rule.condition !== 'object' || !('kind' in rule.condition)) {
    errors.push('Điều kiện trống.');
    return errors;
  }
  walkRule(rule.condition, (node, path) => {
    const where = path
      ? `Nhánh ${path
          .split('.')
          .map((i) => Number(i) + 1)
          .join('.')}`
      : 'Gốc';
    if (isGroup(node)) {
      if (!Array.isArray(node.of) || node.of.length === 0) errors.push(`${where}: nhóm điều kiện trống.`);
      else if (node.kind === 'atLeast' && (!positive(node.min) || node.min! > node.of.length)) {
        errors.push(`${where}: "ít nhất" phải từ 1 đến ${node.of.length} (số nhánh).`);
      }
      return;
    }
    for (const code of codesOf(node)) if (!known.has(code)) errors.push(`${where}: danh hiệu, hình thức "${code}" không có trong danh mục.`);
    if ((node.kind === 'prerequisite' || node.kind === 'consecutive' || node.kind === 'countInWindow') && !node.codes?.length) {
      errors.push(`${where}: chưa chọn danh hiệu, hình thức.`);
    }
    if (node.kind === 'consecutive' && (!positive(node.years) || (node.step !== undefined && !positive(node.step))))
      errors.push(`${where}: số năm, bước năm phải là số nguyên dương.`);
    if (node.kind === 'countInWindow' && (!positive(node.count) || !positive(node.windowYears) || node.count > node.windowYears))
      errors.push(`${where}: số lần phải từ 1 đến số năm của khoảng.`);
    if (node.kind === 'rating' && !positive(node.years)) errors.push(`${where}: số năm phải là số nguyên dương.`);
    if (node.kind === 'initiative' && (!positive(node.withinYears) || (node.count !== undefined && !positive(node.count))))
      errors.push(`${where}: số năm, số sáng kiến phải là số nguyên dương.`);
    if (node.kind === 'memberShare' && node.minPercent !== undefined && (node.minPercent <= 0 || node.minPercent > 100))
      errors.push(`${where}: tỷ lệ phải từ 1 đến 100%.`);
    if (node.kind === 'memberShare' && node.abovePercent !== undefined && (node.abovePercent < 0 || node.abovePercent >= 100))
      errors.push(`${where}: tỷ lệ "trên" phải từ 0 đến dưới 100%.`);
    if (node.kind === 'indicator' && !(INDICATOR_FIELDS as readonly string[]).includes(node.field)) errors.push(`${where}: chỉ tiêu "${node.field}" không có.`);
    if (node.kind === 'indicator' && node.min === undefined && !node.rising) errors.push(`${where}: cần mức tối thiểu hoặc yêu cầu tăng trưởng.`);
    if (node.kind === 'confirmed' && !node.text?.trim()) errors.push(`${where}: nội dung cần xác nhận còn trống.`);
    if (node.kind === 'quota' && (node.percent <= 0 || node.percent > 100)) errors.push(`${where}: tỷ lệ phải từ 1 đến 100%.`);
  });
  const types = rule.types?.length ? rule.types : ['thuong_xuyen' as const];
  for (const o of others) {
    if (o.id === rule.id || o.catalogCode !== rule.catalogCode) continue;
    const oTypes = o.types?.length ? o.types : ['thuong_xuyen' as const];
    const shared = types.filter((t) => oTypes.includes(t));
    if (!shared.length) continue;
    const overlaps = rule.effectiveFrom <= (o.effectiveTo ?? '9999-12-31') && o.effectiveFrom <= (rule.effectiveTo ?? '9999-12-31');
    if (overlaps) {
      errors.push(
        `Thời gian hiệu lực trùng với điều kiện khác của cùng danh hiệu, hình thức (${o.legalBasis}, từ ${o.effectiveFrom.split('-').reverse().join('/')}) cho loại ${shared.map((t) => COMMENDATION_TYPE_LABEL[t].toLowerCase()).join(', ')}: sửa điều kiện đó hoặc kết thúc nó trước.`,
      );
    }
  }
  return errors;
}
