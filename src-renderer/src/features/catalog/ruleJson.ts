import type { RuleNode } from '@/domain/awards/types';
import { BLOCK_KINDS, COMMENDATION_TYPES, DISCIPLINE_LEVELS, DOCUMENT_TYPES, INITIATIVE_LEVELS, RATINGS } from '@/domain/awards/types';
import { RULE_GROUP_LABEL, RULE_KIND_LABEL } from '@/domain/awards/labels';

/**
 * Reads the condition tree typed as JSON in the rule form and checks its SHAPE (known kinds, the
 * fields each kind needs, of the right type) before the domain's validateRule checks its meaning:
 * validateRule and describeRule assume a well-formed tree.
 */

type Json = Record<string, unknown>;
const GROUP_KINDS = Object.keys(RULE_GROUP_LABEL);
const LEAF_KINDS = Object.keys(RULE_KIND_LABEL);

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function where(path: number[]): string {
  return path.length ? `Nhánh ${path.map((i) => i + 1).join('.')}` : 'Gốc';
}

function oneOf(values: readonly string[]) {
  return (v: unknown) => typeof v === 'string' && values.includes(v);
}

function listOf(values: readonly string[]) {
  return (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && values.includes(x));
}

/** Fields each leaf kind needs (required) or may carry (optional), with a check and what to write. */
const FIELDS: Record<string, Array<[field: string, required: boolean, ok: (v: unknown) => boolean, expected: string]>> = {
  prerequisite: [
    ['codes', true, isStrings, 'danh sách mã'],
    ['minCount', false, isNum, 'số'],
    ['withinYears', false, isNum, 'số'],
    ['sinceLastOf', false, isStrings, 'danh sách mã'],
  ],
  consecutive: [
    ['codes', true, isStrings, 'danh sách mã'],
    ['years', true, isNum, 'số'],
    ['step', false, isNum, 'số'],
    ['endOffset', false, isNum, 'số'],
    ['endWithin', false, isNum, 'số'],
    ['sinceLastOf', false, isStrings, 'danh sách mã'],
  ],
  countInWindow: [
    ['codes', true, isStrings, 'danh sách mã'],
    ['count', true, isNum, 'số'],
    ['windowYears', true, isNum, 'số'],
    ['sinceLastOf', false, isStrings, 'danh sách mã'],
  ],
  rating: [
    ['minRating', true, oneOf(RATINGS), RATINGS.join(', ')],
    ['years', true, isNum, 'số'],
    ['sinceLastOf', false, isStrings, 'danh sách mã'],
  ],
  standard: [
    ['code', true, (v) => typeof v === 'string' && v !== '', 'mã danh hiệu'],
    ['yearOffset', false, isNum, 'số'],
  ],
  initiative: [
    ['minLevel', true, oneOf(INITIATIVE_LEVELS), INITIATIVE_LEVELS.join(', ')],
    ['withinYears', true, isNum, 'số'],
    ['count', false, isNum, 'số'],
  ],
  excludeTypes: [['types', true, listOf(COMMENDATION_TYPES), COMMENDATION_TYPES.join(', ')]],
  quota: [
    ['percent', true, isNum, 'số'],
    ['ofCodes', true, isStrings, 'danh sách mã'],
    ['per', true, oneOf(['unit', 'round']), 'unit, round'],
  ],
  noBlocking: [
    ['blocks', true, listOf(BLOCK_KINDS), BLOCK_KINDS.join(', ')],
    ['minDisciplineLevel', false, oneOf(DISCIPLINE_LEVELS), DISCIPLINE_LEVELS.join(', ')],
  ],
  memberShare: [
    ['codes', false, isStrings, 'danh sách mã'],
    ['minRating', false, oneOf(RATINGS), RATINGS.join(', ')],
    ['minPercent', false, isNum, 'số'],
    ['abovePercent', false, isNum, 'số'],
    ['minCount', false, isNum, 'số'],
  ],
  memberDiscipline: [['minLevel', true, oneOf(DISCIPLINE_LEVELS), DISCIPLINE_LEVELS.join(', ')]],
  clusterLead: [],
  indicator: [
    ['field', true, (v) => typeof v === 'string', 'revenue, profit, avgIncome'],
    ['min', false, isNum, 'số'],
    ['rising', false, (v) => typeof v === 'boolean', 'true hoặc false'],
  ],
  sector: [['sectors', true, (v) => isStrings(v) && (v as string[]).length > 0, 'danh sách lĩnh vực']],
  confirmed: [['text', true, (v) => typeof v === 'string', 'nội dung cần xác nhận']],
  documents: [['documents', true, listOf(DOCUMENT_TYPES), DOCUMENT_TYPES.join(', ')]],
};

function shapeErrors(node: unknown, path: number[], out: string[]): void {
  const at = where(path);
  if (!isObj(node)) {
    out.push(`${at}: mỗi điều kiện phải là một đối tượng {"kind": …}.`);
    return;
  }
  for (const f of ['clause', 'label'] as const) if (node[f] !== undefined && typeof node[f] !== 'string') out.push(`${at}: "${f}" phải là chuỗi.`);
  const kind = node.kind;
  if (typeof kind === 'string' && GROUP_KINDS.includes(kind)) {
    if (!Array.isArray(node.of)) {
      out.push(`${at}: nhóm "${kind}" cần danh sách "of" các điều kiện con.`);
      return;
    }
    if (node.min !== undefined && !isNum(node.min)) out.push(`${at}: "min" phải là số.`);
    node.of.forEach((child, i) => shapeErrors(child, [...path, i], out));
    return;
  }
  if (typeof kind !== 'string' || !LEAF_KINDS.includes(kind)) {
    out.push(`${at}: loại điều kiện "${String(kind ?? '')}" không có; dùng một nhóm (${GROUP_KINDS.join(', ')}) hoặc: ${LEAF_KINDS.join(', ')}.`);
    return;
  }
  for (const [field, required, ok, expected] of FIELDS[kind] ?? []) {
    const v = node[field];
    if (v === undefined) {
      if (required) out.push(`${at} (${RULE_KIND_LABEL[kind as keyof typeof RULE_KIND_LABEL]}): thiếu "${field}" (${expected}).`);
    } else if (!ok(v)) out.push(`${at} (${RULE_KIND_LABEL[kind as keyof typeof RULE_KIND_LABEL]}): "${field}" phải là ${expected}.`);
  }
}

export type ParsedCondition = { condition: RuleNode; errors: [] } | { condition?: undefined; errors: string[] };

/** Parses the JSON text of a condition tree; errors in Vietnamese when it is not JSON or not a tree. */
export function parseCondition(text: string): ParsedCondition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { errors: [`Điều kiện không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const errors: string[] = [];
  shapeErrors(value, [], errors);
  return errors.length ? { errors } : { condition: value as RuleNode, errors: [] };
}
