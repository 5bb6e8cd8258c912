/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng: time, place, chair and secretary (from the round),
 * attendance and ballots, votes per nominee with the percentage of the base and the threshold that
 * was in force when the vote was recorded (CouncilVote.threshold: Nghị định 98/2023 Điều 30
 * khoản 7 for CSTĐCS, Cờ thi đua and CSTĐ), the conclusion; signed by the secretary and the chair
 * of the council, not by the office's signer.
 */
import { formatPercent } from '../awards/council';
import { VOTE_BASE_LABEL } from '../awards/labels';
import type { OfficeProfile } from '../registry/types';
import { formatDateLine, formatDocumentNumber } from '../print/dateLine';
import { toRoman } from '../print/roman';
import { cleanText } from '../text/normalize';
import { para, type AdminDoc, type DocBlock, type DocCell } from './adminDoc';
import { awardNameInText, lowerFirst, officeNames, recipientCounts } from './officeText';
import type { RoundDocInput, RoundDocNominee } from './roundDocInput';

const GAP = '……………………';

/** "08 giờ 30 phút, ngày 03 tháng 01 năm 2026" (the date padded as in the date line). */
export function meetingTimeText(isoDate: string, time: string | undefined): string {
  const day = formatDateLine('', isoDate);
  const m = /^(\d{1,2})[:hg.](\d{2})$/i.exec(cleanText(time ?? ''));
  if (!m) return day;
  return `${m[1]!.padStart(2, '0')} giờ ${m[2]} phút, ${day}`;
}

export function buildMinutes(input: RoundDocInput, profile: OfficeProfile, today: string): AdminDoc {
  const names = officeNames(profile);
  const round = input.round;
  const voted = input.views.filter((v): v is RoundDocNominee & { vote: NonNullable<RoundDocNominee['vote']> } => v.vote !== undefined);
  const first = voted[0]?.vote;
  const date = round.meetingDate ?? first?.meetingDate ?? today;
  const chair = cleanText(round.chairName ?? '');
  const chairTitle = cleanText(round.chairTitle ?? '');
  const secretary = cleanText(round.secretaryName ?? '');
  const body: DocBlock[] = [
    para(`Thời gian: ${meetingTimeText(date, round.meetingTime)}.`),
    para(`Địa điểm: ${cleanText(round.meetingPlace ?? '') || GAP}.`),
    para(`Chủ trì: ${chair || GAP}${chairTitle ? `, ${chairTitle}` : ''}, Chủ tịch Hội đồng Thi đua - Khen thưởng ${names.agencyInText}.`),
    para(`Thư ký: ${secretary || GAP}.`),
  ];
  if (first) {
    body.push(
      para(`Tổng số thành viên Hội đồng: ${first.membersTotal}; có mặt: ${first.membersPresent}; vắng mặt: ${first.membersTotal - first.membersPresent}.`),
      para(`Số phiếu phát ra: ${first.ballotsIssued}; số phiếu hợp lệ: ${first.ballotsValid}. Hội đồng biểu quyết bằng phiếu kín.`),
      para('Kết quả biểu quyết:'),
    );
    const byCode = new Map<string, typeof voted>();
    for (const v of voted) byCode.set(v.nomination.catalogCode, [...(byCode.get(v.nomination.catalogCode) ?? []), v]);
    const codes = [...input.catalog]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c) => c.code)
      .filter((c) => byCode.has(c));
    for (const c of byCode.keys()) if (!codes.includes(c)) codes.push(c);
    const rows: DocCell[][] = [];
    const groupRows: number[] = [];
    codes.forEach((code, gi) => {
      const entry = input.catalog.find((c) => c.code === code);
      groupRows.push(rows.length);
      rows.push([
        { text: toRoman(gi + 1), align: 'center' },
        { text: entry ? awardNameInText(entry.name, names) : code, colSpan: 5 },
      ]);
      byCode.get(code)!.forEach((v, i) => {
        const t = v.vote.threshold;
        const base = t.base === 'full' ? v.vote.membersTotal : v.vote.membersPresent;
        rows.push([
          { text: String(i + 1), align: 'center' },
          { text: v.name },
          { text: `${v.vote.votesFor}/${base}`, align: 'center' },
          { text: formatPercent(v.vote.percent), align: 'center' },
          { text: `${t.percent}% ${VOTE_BASE_LABEL[t.base]}`, align: 'center' },
          { text: v.vote.passed ? 'Đạt' : 'Không đạt', align: 'center' },
        ]);
      });
    });
    body.push({
      kind: 'table',
      columns: [7, 31, 13, 11, 25, 13],
      header: [[{ text: 'STT' }, { text: 'Họ và tên / Tên tập thể' }, { text: 'Số phiếu đồng ý' }, { text: 'Tỷ lệ' }, { text: 'Ngưỡng' }, { text: 'Kết quả' }]],
      rows,
      groupRows,
      compact: true,
    });
    const passed = voted.filter((v) => v.vote.passed);
    const counts = recipientCounts(
      passed.filter((v) => v.nomination.recipientKind === 'unit').length,
      passed.filter((v) => v.nomination.recipientKind === 'person').length,
    );
    body.push(
      para(
        counts
          ? `Kết luận: Hội đồng thống nhất đề nghị khen thưởng ${counts} đạt tỷ lệ phiếu theo quy định.`
          : 'Kết luận: không có trường hợp nào đạt tỷ lệ phiếu theo quy định.',
      ),
    );
  } else {
    body.push(para('Chưa có kết quả biểu quyết.'));
  }
  body.push(para('Biên bản được thông qua tại cuộc họp./.'));
  return {
    orientation: 'portrait',
    parentBody: profile.parentBody,
    agencyName: profile.allianceName,
    numberLine: formatDocumentNumber('', 'BB', profile.documentPrefix),
    dateLine: formatDateLine(names.place, date),
    title: 'BIÊN BẢN',
    subtitle: `Họp Hội đồng Thi đua - Khen thưởng xét ${lowerFirst(round.name)}`,
    body,
    leftSignature: { title: 'THƯ KÝ', name: secretary },
    signature: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair },
  };
}
