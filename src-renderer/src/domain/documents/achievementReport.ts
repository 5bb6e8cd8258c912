/**
 * Báo cáo thành tích of a collective (Nghị định 152/2025 mẫu báo cáo; layout Nghị định 30/2020):
 * the HTX writes it under its own name. An HTX has no governing body (cơ quan chủ quản): the
 * alliance it belongs to is not printed above its name. Sections: I. overview, II. achievements
 * with the year-by-year indicators, III. awards received; the unit's head signs, the level that
 * forwards the nomination confirms.
 */
import type { AwardRecord, CatalogEntry } from '../awards/types';
import { SECTOR_LABEL, UNIT_KIND_FULL_LABEL } from '../registry/labels';
import type { OfficeProfile, Unit, UnitYear } from '../registry/types';
import { provinceByCode } from '../registry/localities';
import { formatDateLine } from '../print/dateLine';
import { formatDate, formatNumber } from '../text/format';
import { isYearOnly } from '../text/partialDate';
import { para, type AdminDoc, type DocBlock, type DocCell } from './adminDoc';
import { awardNameInText, officeNames, placeInFull } from './officeText';

export interface AchievementInput {
  unit: Unit;
  years: UnitYear[];
  awards: AwardRecord[];
  /** The award the report supports, when known. */
  entry?: CatalogEntry;
  /** Last year of the report (five years up to it are shown). */
  year: number;
  today: string;
}

/** The place of the unit's date line: its province ("Hà Nội", "Thành phố Hồ Chí Minh"), else the office's. */
function unitPlace(unit: Unit, profile: OfficeProfile): string {
  const p = provinceByCode(unit.provinceCode);
  return p ? placeInFull(p.name) : placeInFull(profile.placeName);
}

export function buildAchievementReport(input: AchievementInput, profile: OfficeProfile): AdminDoc {
  const { unit, year } = input;
  const names = officeNames(profile);
  const shown = input.years.filter((y) => y.year <= year && y.year > year - 5).sort((a, b) => a.year - b.year);
  const latest = shown[shown.length - 1];
  const body: DocBlock[] = [
    { kind: 'heading', text: 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH' },
    para(`Tên đơn vị: ${unit.name} (${UNIT_KIND_FULL_LABEL[unit.kind]})${unit.taxCode ? `; mã số thuế: ${unit.taxCode}` : ''}.`),
  ];
  if (unit.address) body.push(para(`Địa chỉ: ${unit.address}.`));
  if (unit.foundedDate) body.push(para(`${isYearOnly(unit.foundedDate) ? 'Năm' : 'Ngày'} thành lập: ${formatDate(unit.foundedDate)}.`));
  if (unit.sector) body.push(para(`Lĩnh vực hoạt động: ${SECTOR_LABEL[unit.sector]}.`));
  if (unit.member && unit.memberSince) body.push(para(`Thành viên ${names.agencyInText} từ năm ${unit.memberSince}.`));
  if (latest) {
    const parts = [
      latest.members !== undefined ? `${formatNumber(latest.members)} thành viên` : '',
      latest.workers !== undefined ? `${formatNumber(latest.workers)} lao động` : '',
      latest.charterCapital !== undefined ? `vốn điều lệ ${formatNumber(latest.charterCapital)} đồng` : '',
    ].filter(Boolean);
    if (parts.length) body.push(para(`Năm ${latest.year}: ${parts.join(', ')}.`));
  }
  body.push({ kind: 'heading', text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' });
  const money = (v: number | undefined): DocCell => ({ text: formatNumber(v), align: 'right' });
  body.push({
    kind: 'table',
    columns: [8, 17, 18, 17, 17, 23],
    header: [
      [
        { text: 'Năm' },
        { text: 'Tổng tài sản (đồng)' },
        { text: 'Doanh thu (đồng)' },
        { text: 'Lợi nhuận (đồng)' },
        { text: 'Nộp ngân sách (đồng)' },
        { text: 'Thu nhập bình quân (đồng/người/tháng)' },
      ],
    ],
    rows:
      shown.length === 0
        ? [[{ text: 'Chưa có chỉ tiêu năm', colSpan: 6, align: 'center' }]]
        : shown.map((y) => [
            { text: String(y.year), align: 'center' },
            money(y.assets),
            money(y.revenue),
            money(y.profit),
            money(y.taxesPaid),
            money(y.avgIncome),
          ]),
    compact: true,
  });
  body.push({ kind: 'heading', text: 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN' });
  body.push({
    kind: 'table',
    columns: [10, 36, 26, 28],
    header: [[{ text: 'Năm' }, { text: 'Danh hiệu / hình thức khen thưởng' }, { text: 'Số, ngày quyết định' }, { text: 'Cơ quan ban hành' }]],
    rows:
      input.awards.length === 0
        ? [[{ text: 'Chưa có', colSpan: 4, align: 'center' }]]
        : input.awards.map((a) => [
            { text: String(a.year), align: 'center' },
            { text: a.awardName },
            { text: [a.decisionNumber, a.decisionDate ? `ngày ${formatDate(a.decisionDate)}` : ''].filter(Boolean).join(' ') },
            { text: a.issuingBody ?? '' },
          ]),
    compact: true,
  });
  return {
    orientation: 'portrait',
    parentBody: '',
    agencyName: unit.name,
    dateLine: formatDateLine(unitPlace(unit, profile), input.today),
    title: 'BÁO CÁO THÀNH TÍCH',
    subtitle: input.entry ? `Đề nghị tặng ${awardNameInText(input.entry.name, names)}` : `Thành tích năm ${year}`,
    body,
    leftSignature: { title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG' },
    signature: { title: 'CHỦ TỊCH HĐQT / GIÁM ĐỐC', name: unit.leaderName ?? '' },
  };
}
