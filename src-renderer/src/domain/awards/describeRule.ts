import type { RuleCondition } from './types';
import {
  BLOCK_KIND_LABEL, COMMENDATION_TYPE_LABEL, DISCIPLINE_LEVEL_LABEL, DOCUMENT_TYPE_LABEL, INITIATIVE_LEVEL_LABEL, RATING_LABEL,
} from './labels';
import type { CodeNames } from './eligibility';

/** One Vietnamese sentence describing a rule condition, for the catalogue screen. */
export function describeRule(c: RuleCondition, names: CodeNames): string {
  const list = (codes: string[]) => codes.map(names).join(' hoặc ');
  const since = (codes?: string[]) => (codes?.length ? `, tính từ sau lần ${list(codes)} gần nhất` : '');
  switch (c.kind) {
    case 'prerequisite':
      return `Đã có ${c.minCount && c.minCount > 1 ? `${c.minCount} lần ` : ''}${list(c.codes)}${c.withinYears ? ` trong ${c.withinYears} năm gần nhất` : ''}`;
    case 'consecutive':
      return `${c.years} năm liên tục đạt ${list(c.codes)}${c.endOffset ? ` (kết thúc ${-c.endOffset} năm trước năm xét)` : ''}${since(c.sinceLastOf)}`;
    case 'countInWindow':
      return `Ít nhất ${c.count} lần ${list(c.codes)} trong ${c.windowYears} năm${since(c.sinceLastOf)}`;
    case 'rating':
      return `${c.years > 1 ? `${c.years} năm liên tục ` : ''}${RATING_LABEL[c.minRating]} trở lên${since(c.sinceLastOf)}`;
    case 'initiative':
      return `Có sáng kiến ${INITIATIVE_LEVEL_LABEL[c.minLevel]} trở lên trong ${c.withinYears} năm, chưa dùng cho khen thưởng khác`;
    case 'excludeTypes':
      return `Không tính khen thưởng: ${c.types.map((t) => COMMENDATION_TYPE_LABEL[t].toLowerCase()).join(', ')}`;
    case 'quota':
      return `Không quá ${c.percent}% số ${list(c.ofCodes)} ${c.per === 'unit' ? 'của từng đơn vị' : 'trong đợt'}`;
    case 'noBlocking':
      return `Không: ${c.blocks.map((b) => BLOCK_KIND_LABEL[b].toLowerCase()).join('; ')}${c.minDisciplineLevel ? ` (kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minDisciplineLevel].toLowerCase()})` : ''}`;
    case 'memberShare': {
      const what = c.codes ? list(c.codes) : `${RATING_LABEL[c.minRating ?? 'hoan_thanh']} trở lên`;
      const parts = [c.minPercent !== undefined ? `từ ${c.minPercent}%` : '', c.minCount !== undefined ? `ít nhất ${c.minCount}` : ''].filter(Boolean);
      return `Thành viên đạt ${what}: ${parts.join(', ')}`;
    }
    case 'memberDiscipline':
      return `Không có thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel].toLowerCase()} trở lên`;
    case 'documents':
      return `Hồ sơ: ${c.documents.map((d) => DOCUMENT_TYPE_LABEL[d]).join(', ')}`;
  }
}
