import type { RuleCondition, RuleNode } from './types';
import {
  BLOCK_KIND_LABEL,
  COMMENDATION_TYPE_LABEL,
  DISCIPLINE_LEVEL_LABEL,
  DOCUMENT_TYPE_LABEL,
  INDICATOR_FIELD_LABEL,
  INITIATIVE_LEVEL_LABEL,
  RATING_LABEL,
} from './labels';
import { formatNumber } from '../text/format';
import { isGroup, walkRule } from './ruleTree';
import type { CodeNames } from './eligibility';

/** One Vietnamese sentence describing a leaf of a rule tree. */
export function describeLeaf(c: RuleCondition, names: CodeNames): string {
  const list = (codes: string[]) => codes.map(names).join(' hoặc ');
  const since = (codes?: string[]) => (codes?.length ? `, tính từ sau lần ${list(codes)} gần nhất` : '');
  switch (c.kind) {
    case 'prerequisite':
      return `Đã có ${c.minCount && c.minCount > 1 ? `${c.minCount} lần ` : ''}${list(c.codes)}${c.withinYears ? ` trong ${c.withinYears} năm gần nhất` : ''}`;
    case 'consecutive':
      return `${c.years} ${c.step && c.step > 1 ? 'lần' : 'năm'} liên tục đạt ${list(c.codes)}${c.endOffset ? ` (kết thúc ${-c.endOffset} năm trước năm xét)` : ''}${c.endWithin ? ` (lần gần nhất trong ${c.endWithin} năm)` : ''}${since(c.sinceLastOf)}`;
    case 'countInWindow':
      return `Ít nhất ${c.count} lần ${list(c.codes)} trong ${c.windowYears} năm${since(c.sinceLastOf)}`;
    case 'rating':
      return `${c.years > 1 ? `${c.years} năm liên tục ` : ''}${RATING_LABEL[c.minRating]} trở lên${since(c.sinceLastOf)}`;
    case 'initiative':
      return `Có ${c.count && c.count > 1 ? `${c.count} ` : ''}sáng kiến, đề tài ${INITIATIVE_LEVEL_LABEL[c.minLevel]} trở lên trong ${c.withinYears} năm, chưa dùng cho khen thưởng khác`;
    case 'excludeTypes':
      return `Không tính khen thưởng: ${c.types.map((t) => COMMENDATION_TYPE_LABEL[t].toLowerCase()).join(', ')}`;
    case 'quota':
      return `Không quá ${c.percent}% số ${list(c.ofCodes)} ${c.per === 'unit' ? 'của từng đơn vị' : 'trong đợt'}`;
    case 'noBlocking':
      return `Không: ${c.blocks.map((b) => BLOCK_KIND_LABEL[b].toLowerCase()).join('; ')}${c.minDisciplineLevel ? ` (kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minDisciplineLevel].toLowerCase()})` : ''}`;
    case 'memberShare': {
      const what = c.codes ? list(c.codes) : `${RATING_LABEL[c.minRating ?? 'hoan_thanh']} trở lên`;
      const parts = [
        c.minPercent !== undefined ? `từ ${c.minPercent}%` : '',
        c.abovePercent !== undefined ? `trên ${c.abovePercent}%` : '',
        c.minCount !== undefined ? `ít nhất ${c.minCount}` : '',
      ].filter(Boolean);
      return `Thành viên đạt ${what}: ${parts.join(', ')}`;
    }
    case 'memberDiscipline':
      return `Không có thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel].toLowerCase()} trở lên`;
    case 'documents':
      return `Hồ sơ: ${c.documents.map((d) => DOCUMENT_TYPE_LABEL[d]).join(', ')}`;
    case 'standard':
      return `Đạt tiêu chuẩn ${names(c.code)}${c.yearOffset ? ` năm ${c.yearOffset > 0 ? '+' : ''}${c.yearOffset}` : ' trong năm xét'} (kể cả được bình xét cùng đợt)`;
    case 'clusterLead':
      return 'Dẫn đầu cụm, khối thi đua trong năm (theo xếp hạng, bình chọn của cụm hoặc minh chứng)';
    case 'indicator':
      return `${INDICATOR_FIELD_LABEL[c.field]}${c.min !== undefined ? ` từ ${formatNumber(c.min)} đồng` : ''}${c.rising ? `${c.min !== undefined ? ' và' : ''} tăng so với năm trước` : ''}`;
    case 'sector':
      return `Lĩnh vực: ${c.sectors.join(', ')}`;
    case 'confirmed':
      return `Hội đồng xác nhận: ${c.text}`;
  }
}

/** A tree as indented lines for the catalogue and nominee screens: "Điều 74 khoản 1 — Một trong các điều kiện:". */
export interface RuleLine {
  path: string;
  depth: number;
  text: string;
  clause?: string;
}

export function describeRule(root: RuleNode, names: CodeNames): RuleLine[] {
  const lines: RuleLine[] = [];
  walkRule(root, (node, path, depth) => {
    let text: string;
    if (isGroup(node)) {
      const head =
        node.kind === 'all'
          ? 'Tất cả các điều kiện sau'
          : node.kind === 'any'
            ? 'Một trong các điều kiện sau'
            : `Ít nhất ${node.min ?? 1} trong ${node.of.length} điều kiện sau`;
      text = `${node.label ? `${node.label}: ` : ''}${head}`;
    } else text = `${node.label ? `${node.label}: ` : ''}${describeLeaf(node, names)}`;
    lines.push({ path, depth, text, ...(node.clause ? { clause: node.clause } : {}) });
  });
  return lines;
}
