/** The leaf conditions of a rule tree (prerequisite, consecutive years, rating, initiative…), one case each. */
import type { Initiative, RuleCondition, YearRating } from './types';
import {
  BLOCK_KIND_LABEL,
  COMMENDATION_TYPE_LABEL,
  DISCIPLINE_LEVEL_LABEL,
  DOCUMENT_TYPE_LABEL,
  INDICATOR_FIELD_LABEL,
  INITIATIVE_LEVEL_LABEL,
  RATING_LABEL,
} from './labels';
import { formatDate, formatNumber } from '../text/format';
import type { MemberFacts } from './eligibilityTypes';
import {
  chainStart,
  disciplineRank,
  excludedNote,
  findConfirmation,
  holds,
  initiativeRank,
  joinNames,
  ratingRank,
  rulesInForce,
  sameRoundNote,
  yearRange,
  type Check,
  type Ctx,
} from './eligibilityChains';

/** One leaf condition judged against the nominee's facts: its outcome and Vietnamese reasons. */
export function checkLeaf(c: RuleCondition, ctx: Ctx, path: string): Check {
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
      for (const a of ctx.counted)
        if (c.codes.includes(a.catalogCode) && a.year <= Y && a.year >= from) {
          n++;
          years.add(a.year);
        }
      const scope = c.withinYears ? ` trong ${yearRange(Y - c.withinYears + 1, Y)}` : '';
      if (n >= min) return { outcome: 'pass', messages: [`Đã có ${joinNames(c.codes, names)} (năm ${[...years].sort((a, b) => a - b).join(', ')})`] };
      const ex = ctx.excluded.filter((a) => c.codes.includes(a.catalogCode));
      const exNote = ex.length
        ? `; ${joinNames(c.codes, names)} ${ex.map((a) => `${COMMENDATION_TYPE_LABEL[a.commendationType].toLowerCase()} năm ${a.year}`).join(', ')} không được tính`
        : '';
      const what = min > 1 ? `${min} lần ${joinNames(c.codes, names)}` : joinNames(c.codes, names);
      return { outcome: 'fail', messages: [`Chưa có ${what}${scope}${exNote}`] };
    }
    case 'consecutive': {
      const step = c.step ?? 1;
      let end = Y + (c.endOffset ?? 0);
      if (c.endWithin) {
        let latest: number | undefined;
        for (let y = Y; y > Y - c.endWithin; y--)
          if (holds(ctx, c.codes, y)) {
            latest = y;
            break;
          }
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
      return {
        outcome: 'pass',
        messages: [c.years > 1 ? `Đủ ${kind} ${joinNames(c.codes, names)} (năm ${notes})` : `Có ${joinNames(c.codes, names)} năm ${notes}`],
      };
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
      return {
        outcome: 'fail',
        messages: [`Chỉ có ${years.length}/${c.count} lần ${joinNames(c.codes, names)} trong ${yearRange(start, Y)}${found}${whyNote}${exNote}`],
      };
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
        else if (
          r?.leave === 'thai_san' &&
          (r.rating === undefined || ratingRank(r.rating) > ratingRank(c.minRating)) &&
          ratingRank(c.minRating) >= ratingRank('tot')
        ) {
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
      if (holds(ctx, [c.code], y))
        return { outcome: 'pass', messages: [`Đạt tiêu chuẩn ${name} năm ${y}${sameRoundNote(ctx, [c.code], y) || ' (đã được công nhận)'}`] };
      const own = rulesInForce(ctx.rules, c.code, input.date, 'thuong_xuyen');
      if (!own.length || ctx.depth >= 3)
        return { outcome: 'fail', messages: [`Chưa đạt tiêu chuẩn ${name} năm ${y}: chưa được công nhận và chưa có điều kiện để xét`] };
      const sub = ctx.evaluate({ ...input, catalogCode: c.code, year: y, commendationType: 'thuong_xuyen', confirmations: [], overrides: [] }, ctx.depth + 1);
      const failing = sub.results.filter((r) => r.outcome === 'fail');
      if (!failing.length) return { outcome: 'pass', messages: [`Đạt tiêu chuẩn ${name} năm ${y}`] };
      return { outcome: 'fail', messages: [`Chưa đạt tiêu chuẩn ${name} năm ${y}`, ...failing.flatMap((r) => r.messages)] };
    }
    case 'initiative': {
      const need = c.count ?? 1;
      const start = Y - c.withinYears + 1;
      const levelText = `${INITIATIVE_LEVEL_LABEL[c.minLevel]}${c.minLevel === 'toan_quoc' ? '' : ' trở lên'}`;
      const fits = (i: Initiative) => initiativeRank(i.level) >= initiativeRank(c.minLevel) && i.year >= start && i.year <= Y;
      const free = (i: Initiative) =>
        (!i.usedByAwardId || ctx.own.has(i.usedByAwardId) || i.usedByAwardId === input.ownAwardId) && !ctx.usedInitiatives.has(i.id);
      const picked: Initiative[] = [];
      if (input.initiativeId) {
        const chosen = f.initiatives.find((i) => i.id === input.initiativeId);
        if (!chosen) return { outcome: 'fail', messages: ['Sáng kiến đã chọn không có trong hồ sơ của cá nhân'] };
        if (!fits(chosen)) {
          return {
            outcome: 'fail',
            messages: [
              `Sáng kiến “${chosen.title}” (${INITIATIVE_LEVEL_LABEL[chosen.level]}, năm ${chosen.year}) không đạt: cần sáng kiến ${levelText} trong ${yearRange(start, Y)}`,
            ],
          };
        }
        if (!free(chosen))
          return { outcome: 'fail', messages: [`Sáng kiến “${chosen.title}” đã được dùng cho khen thưởng khác: mỗi sáng kiến chỉ tính một lần`] };
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
      return {
        outcome: 'fail',
        messages: [`Cần ${need} sáng kiến, đề tài ${levelText} được công nhận trong ${yearRange(start, Y)}, có ${picked.length}${usedNote}`],
      };
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
          if (inForce || inYear)
            messages.push(`Bị kỷ luật mức ${DISCIPLINE_LEVEL_LABEL[level]} từ ${formatDate(d.from)}${d.to ? ` đến ${formatDate(d.to)}` : ''}`);
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
        if (c.minPercent !== undefined && count * 100 < c.minPercent * total)
          messages.push(`Năm ${Y}: chỉ ${count}/${total} thành viên (${pctText}%) đạt ${what}, cần từ ${c.minPercent}%`);
        if (c.abovePercent !== undefined && count * 100 <= c.abovePercent * total)
          messages.push(`Năm ${Y}: chỉ ${count}/${total} thành viên (${pctText}%) đạt ${what}, cần trên ${c.abovePercent}%`);
        if (c.minCount !== undefined && count < c.minCount) messages.push(`Năm ${Y}: có ${count} thành viên đạt ${what}, cần ít nhất ${c.minCount}`);
      }
      if (messages.length) return { outcome: 'fail', messages };
      return { outcome: 'pass', messages: [`Năm ${Y}: ${count}/${total} thành viên (${pctText}%) đạt ${what}`] };
    }
    case 'memberDiscipline': {
      const hit = (f.members ?? []).filter((m) => m.disciplineLevel && disciplineRank(m.disciplineLevel) >= disciplineRank(c.minLevel)).length;
      if (hit)
        return { outcome: 'fail', messages: [`Năm ${Y}: có ${hit} thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel].toLowerCase()} trở lên`] };
      return { outcome: 'pass', messages: [`Năm ${Y}: không có thành viên bị kỷ luật từ mức ${DISCIPLINE_LEVEL_LABEL[c.minLevel].toLowerCase()} trở lên`] };
    }
    case 'clusterLead': {
      const standing = (f.clusterStandings ?? []).find((s) => s.year === Y && s.leads);
      if (standing) return { outcome: 'pass', messages: [`Dẫn đầu ${standing.cluster} năm ${Y} (${standing.note})`] };
      const confirmed = findConfirmation(ctx, path);
      if (confirmed) return { outcome: 'pass', messages: [`Dẫn đầu cụm, khối thi đua năm ${Y}: ${confirmed.evidence}`] };
      const other = (f.clusterStandings ?? []).find((s) => s.year === Y);
      return {
        outcome: 'fail',
        messages: [
          other
            ? `Năm ${Y} không dẫn đầu ${other.cluster} (${other.note})`
            : `Chưa có kết quả cụm, khối thi đua năm ${Y}: nhập kết quả xếp hạng, bình chọn của cụm hoặc ghi minh chứng`,
        ],
      };
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
        else if (v <= prev)
          messages.push(`Năm ${Y}: ${label.toLowerCase()} ${formatNumber(v)} đồng, không tăng so với năm ${Y - 1} (${formatNumber(prev)} đồng)`);
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
