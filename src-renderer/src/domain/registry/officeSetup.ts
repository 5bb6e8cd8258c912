/**
 * First-start setup of the office profile: the few answers an office gives once (which alliance,
 * where, who signs, the document symbol) and the letterhead lines they suggest. Pure: the setup
 * screen fills its fields from `suggestOffice` and saves `profileFromSetup`.
 */
import { cleanText } from '../text/normalize';
import { composeSignAuthority, signLine } from '../print/signature';
import { CITY_PROVINCE_CODES } from './localities-data';
import { provinceByCode } from './localities';
import type { OfficeProfile } from './types';

/** Liên minh HTX of a province or centrally-run city, or Liên minh HTX Việt Nam. */
export type AllianceLevel = 'province' | 'national';

export const ALLIANCE_LEVELS: ReadonlyArray<{ value: AllianceLevel; label: string }> = [
  { value: 'province', label: 'Liên minh HTX tỉnh/thành phố' },
  { value: 'national', label: 'Liên minh HTX Việt Nam' },
];

/** Who signs: the chair in person, or a vice-chair signing for the chair (KT. CHỦ TỊCH). */
export const LEADER_TITLES = ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'] as const;

/** Liên minh HTX Việt Nam sits in Hà Nội. */
export const NATIONAL_SEAT_PROVINCE = '01';

export interface OfficeSetupAnswers {
  level: AllianceLevel;
  /** The alliance's province (province level) or the seat's (national: Hà Nội). */
  provinceCode: string;
  allianceName: string;
  parentBody: string;
  placeName: string;
  leaderName: string;
  leaderTitle: string;
  documentPrefix: string;
  userName?: string;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** "thành phố Hà Nội" / "tỉnh Nghệ An"; undefined for an unknown code. */
function provinceWithLevel(code: string): string | undefined {
  const p = provinceByCode(code);
  if (!p) return undefined;
  return `${CITY_PROVINCE_CODES.includes(p.code) ? 'thành phố' : 'tỉnh'} ${p.name}`;
}

/**
 * Place name of the date line (Nghị định 30/2020, Phụ lục I): the province's name, except the city
 * named after a person, written in full ("Thành phố Hồ Chí Minh").
 */
export function placeNameOf(provinceCode: string): string {
  const p = provinceByCode(provinceCode);
  if (!p) return '';
  return p.code === '79' ? 'Thành phố Hồ Chí Minh' : p.name;
}

/** Letterhead lines and symbol suggested for a level and province; the office may still edit each. */
export function suggestOffice(
  level: AllianceLevel,
  provinceCode: string | undefined,
): Pick<OfficeSetupAnswers, 'allianceName' | 'parentBody' | 'placeName' | 'documentPrefix'> {
  if (level === 'national') {
    return {
      allianceName: 'LIÊN MINH HỢP TÁC XÃ VIỆT NAM',
      parentBody: '',
      placeName: placeNameOf(provinceCode || NATIONAL_SEAT_PROVINCE),
      documentPrefix: 'LMHTXVN',
    };
  }
  const where = provinceCode ? provinceWithLevel(provinceCode) : undefined;
  return {
    allianceName: where ? upper(`Liên minh Hợp tác xã ${where}`) : '',
    parentBody: where ? upper(`UBND ${where}`) : '',
    placeName: provinceCode ? placeNameOf(provinceCode) : '',
    documentPrefix: 'LMHTX',
  };
}

/** What is missing or wrong in the answers, or undefined when they can be saved. */
export function setupProblem(a: Partial<OfficeSetupAnswers>): string | undefined {
  if (!a.level) return 'Chọn cấp của Liên minh.';
  if (!a.provinceCode || !provinceByCode(a.provinceCode)) return 'Chọn tỉnh/thành phố.';
  if (!cleanText(a.allianceName ?? '')) return 'Tên cơ quan là bắt buộc.';
  if (!cleanText(a.leaderName ?? '')) return 'Nhập họ tên người ký.';
  if (!signLine(a.leaderTitle)) return 'Nhập chức vụ người ký.';
  const prefix = cleanText(a.documentPrefix ?? '');
  if (!prefix) return 'Nhập ký hiệu cơ quan trong số văn bản.';
  if (/[\s/]/.test(prefix)) return 'Ký hiệu cơ quan viết liền, không có dấu cách hay dấu “/”, VD: LMHTX.';
  return undefined;
}

/**
 * The profile saved by the setup. The chair signs in person; anyone else titled "PHÓ …" signs for
 * the chair (KT. CHỦ TỊCH), as Nghị định 30/2020 requires. Other fields of `base` are kept.
 */
export function profileFromSetup(a: OfficeSetupAnswers, base: OfficeProfile): OfficeProfile {
  const title = signLine(a.leaderTitle);
  const deputy = title.startsWith('PHÓ ');
  return {
    ...base,
    allianceName: upper(cleanText(a.allianceName)),
    parentBody: upper(cleanText(a.parentBody)),
    provinceCode: a.provinceCode,
    placeName: cleanText(a.placeName) || placeNameOf(a.provinceCode),
    leaderName: cleanText(a.leaderName),
    leaderTitle: title,
    signAuthority: deputy ? composeSignAuthority('KT', 'CHỦ TỊCH') : '',
    documentPrefix: cleanText(a.documentPrefix).toLocaleUpperCase('vi'),
    userName: cleanText(a.userName ?? '') || base.userName,
  };
}
