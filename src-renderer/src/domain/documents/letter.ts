/**
 * Tờ trình đề nghị khen thưởng: one letter per deciding authority, addressed to that authority only
 * (the competent body of the next level), naming the office and the awards in running text.
 */
import type { OfficeProfile } from '../registry/types';
import { formatDateLine, formatDocumentNumber } from '../print/dateLine';
import { formatDate } from '../text/format';
import { filingLine, para, profileSignature, type AdminDoc, type DocBlock } from './adminDoc';
import { lowerFirst, officeNames, recipientCounts } from './officeText';
import { authorityGroups, liveNominees, type AuthorityGroup, type RoundDocInput } from './roundDocInput';

/**
 * The legal grounds cited by a letter dated `isoDate`: Luật Thi đua, khen thưởng 06/2022/QH15 and
 * the decree in force (Nghị định 98/2023 from 01/01/2024, Nghị định 152/2025 from 01/07/2025);
 * before 2024 the 2003 law as amended and Nghị định 91/2017.
 */
export function legalGrounds(isoDate: string): string[] {
  if (isoDate < '2024-01-01') {
    return [
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ];
  }
  const decree = isoDate < '2025-07-01' ? 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023' : 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025';
  return [
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
    `Căn cứ ${decree} của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;`,
  ];
}

/** The authorities a round's letters go to, in catalogue order. */
export function letterGroups(input: RoundDocInput, profile: OfficeProfile): AuthorityGroup[] {
  return authorityGroups(liveNominees(input), input.catalog, officeNames(profile));
}

export interface LetterOptions {
  /** Which authority's letter; the first when omitted or unknown. */
  authority?: string;
  /** Date used when the round has no letter date. */
  today: string;
}

export function buildLetter(input: RoundDocInput, profile: OfficeProfile, options: LetterOptions): AdminDoc {
  const names = officeNames(profile);
  const groups = letterGroups(input, profile);
  const group = groups.find((g) => g.authority === options.authority) ?? groups[0];
  const round = input.round;
  const date = round.letterDate ?? options.today;
  // The round's letter number belongs to its one letter; several letters each take their own number.
  const number = groups.length <= 1 ? round.letterNumber : undefined;
  const to = group?.authority ?? '……………………';
  const meeting = round.meetingDate ?? input.views.find((v) => v.vote)?.vote?.meetingDate;
  const about = round.name.startsWith('Khen thưởng') ? lowerFirst(round.name) : `khen thưởng ${lowerFirst(round.name)}`;
  const body: DocBlock[] = [
    para(`Kính gửi: ${to}.`, { indent: false, align: 'center' }),
    ...legalGrounds(date).map((t) => para(t)),
    para(`Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ${names.agencyInText}${meeting ? ` ngày ${formatDate(meeting)}` : ''},`),
  ];
  if (group) {
    body.push(
      para(
        `${names.agencyInText} kính đề nghị ${to} xem xét, khen thưởng cho ${recipientCounts(group.units, group.people)} đã có thành tích năm ${round.year}, cụ thể:`,
      ),
    );
    group.awards.forEach((a, i) => {
      const end = i === group.awards.length - 1 ? '.' : ';';
      body.push(para(`- ${a.name}: ${a.count} ${a.entry.recipient === 'unit' ? 'tập thể' : 'cá nhân'}${end}`));
    });
    body.push(para('(Có danh sách và hồ sơ kèm theo).'));
  } else {
    body.push(para('Đợt xét chưa có đề nghị để trình.'));
  }
  body.push(para(`Kính đề nghị ${to} xem xét, quyết định./.`));
  const recipients = ['Như trên'];
  return {
    orientation: 'portrait',
    parentBody: profile.parentBody,
    agencyName: profile.allianceName,
    numberLine: formatDocumentNumber(number, 'TTr', profile.documentPrefix),
    dateLine: formatDateLine(names.place, date),
    title: 'TỜ TRÌNH',
    subtitle: `Về việc đề nghị ${about}`,
    body,
    recipients,
    filing: filingLine(profile, recipients.length),
    signature: profileSignature(profile),
  };
}
