/**
 * Names as an administrative document writes them in running text (Nghị định 30/2020/NĐ-CP,
 * Phụ lục II, viết hoa): the letterhead prints the agency in capitals, but a sentence names it in
 * normal case ("Liên minh Hợp tác xã thành phố Hà Nội"); abbreviations are written out ("Ủy ban
 * nhân dân", "Hợp tác xã"); Thành phố Hồ Chí Minh is always written in full. The catalogue's
 * generic authorities ("Chủ tịch UBND tỉnh", "Chủ tịch Liên minh HTX tỉnh") become the office's
 * own province and agency, taken from the office profile: a document never prints the generic
 * "tỉnh" for a city office.
 */
import type { OfficeProfile } from '../registry/types';
import { PROVINCES } from '../registry/localities-data';
import { provinceByCode, provinceFullName } from '../registry/localities';
import { cleanText } from '../text/normalize';

const HCM = 'Thành phố Hồ Chí Minh';

/** "thành phố Hà Nội", "tỉnh Ninh Bình", "Thành phố Hồ Chí Minh" (a place named after a person keeps its capital). */
export function provinceInText(code: string | undefined): string | undefined {
  const p = provinceByCode(code);
  if (!p) return undefined;
  const full = provinceFullName(p);
  return full === HCM ? HCM : full.charAt(0).toLocaleLowerCase('vi') + full.slice(1);
}

/** The place of a date line in full: "TP. Hồ Chí Minh", "TP.HCM" -> "Thành phố Hồ Chí Minh". */
export function placeInFull(place: string): string {
  const p = cleanText(place);
  if (/^(tp\.?\s*hcm|tphcm|tp\.?\s*hồ chí minh|thành phố hồ chí minh|hồ chí minh)$/iu.test(p)) return HCM;
  return p.replace(/^TP\.\s*/u, 'Thành phố ');
}

/** Province names longest first, so "Hồ Chí Minh" is restored before a shorter name inside it. */
const PROPER_NAMES = [...PROVINCES.map((p) => p.name), ...PROVINCES.flatMap((p) => p.formerNames), 'Việt Nam'].sort((a, b) => b.length - a.length);

/** Words that keep their capitals inside a name in running text. */
// Letters only: \b does not see Vietnamese letters as word characters.
const KEPT: Array<[RegExp, string]> = [
  [/(?<!\p{L})liên minh (?:hợp tác xã|htx)(?!\p{L})/giu, 'Liên minh Hợp tác xã'],
  [/(?<!\p{L})(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?!\p{L})/giu, 'Ủy ban nhân dân'],
  [/(?<!\p{L})thành phố hồ chí minh(?!\p{L})/giu, HCM],
];

/**
 * An all-caps letterhead name in normal case: "LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI" ->
 * "Liên minh Hợp tác xã thành phố Hà Nội". Province names and "Việt Nam" keep their capitals.
 */
export function nameInText(capsName: string): string {
  const clean = cleanText(capsName);
  if (!clean) return '';
  let out = clean.toLocaleLowerCase('vi');
  for (const name of PROPER_NAMES) {
    const lower = name.toLocaleLowerCase('vi');
    if (out.includes(lower)) out = out.split(lower).join(name);
  }
  for (const [re, to] of KEPT) out = out.replace(re, to);
  return out.charAt(0).toLocaleUpperCase('vi') + out.slice(1);
}

/** What a document needs to name the office and its province in running text. */
export interface OfficeNames {
  /** Letterhead lines, as stored (capitals). */
  agencyCaps: string;
  parentCaps: string;
  /** "Liên minh Hợp tác xã thành phố Hà Nội". */
  agencyInText: string;
  /** "thành phố Hà Nội"; undefined when the profile names no province. */
  provinceInText?: string;
  /** "Ủy ban nhân dân thành phố Hà Nội": from the province, else the superior body of the letterhead. */
  peopleCommittee?: string;
  /** Place of the date line, in full. */
  place: string;
  documentPrefix: string;
}

export function officeNames(profile: OfficeProfile): OfficeNames {
  const province = provinceInText(profile.provinceCode);
  const parent = cleanText(profile.parentBody);
  const committee = province ? `Ủy ban nhân dân ${province}` : /^(UBND|ỦY BAN NHÂN DÂN)\b/iu.test(parent) ? nameInText(parent) : undefined;
  const names: OfficeNames = {
    agencyCaps: cleanText(profile.allianceName),
    parentCaps: parent,
    agencyInText: cleanText(profile.agencyNameInText ?? '') || nameInText(profile.allianceName),
    place: placeInFull(profile.placeName),
    documentPrefix: profile.documentPrefix,
  };
  if (province) names.provinceInText = province;
  if (committee) names.peopleCommittee = committee;
  return names;
}

/** "Ủy ban nhân dân tỉnh" with no name after it: the catalogue's placeholder for the office's province. */
const GENERIC_COMMITTEE = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?: cấp)? tỉnh(?!\s+\p{Lu})(?!\p{L})/gu;
const GENERIC_ALLIANCE = /Liên minh (?:HTX|Hợp tác xã)(?: cấp)? tỉnh(?!\s+\p{Lu})(?!\p{L})/gu;

/**
 * An authority or award name of the catalogue as this office's documents write it:
 * "Chủ tịch UBND tỉnh" -> "Chủ tịch Ủy ban nhân dân thành phố Hà Nội",
 * "Chủ tịch Liên minh HTX tỉnh" -> "Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội",
 * "Liên minh HTX Việt Nam" -> "Liên minh Hợp tác xã Việt Nam". A name the office already wrote
 * in full is kept.
 */
export function authorityInText(text: string, names: OfficeNames): string {
  let out = cleanText(text);
  if (names.peopleCommittee) out = out.replace(GENERIC_COMMITTEE, names.peopleCommittee);
  out = out.replace(GENERIC_ALLIANCE, names.agencyInText);
  return out.replace(/(?<!\p{L})UBND(?!\p{L})/gu, 'Ủy ban nhân dân').replace(/Liên minh HTX(?!\p{L})/gu, 'Liên minh Hợp tác xã');
}

/** A catalogue entry's name in a document: authority resolved, the "(cá nhân)"/"(tập thể)" marker dropped. */
export function awardNameInText(name: string, names: OfficeNames): string {
  return authorityInText(name, names).replace(/\s*\((?:cá nhân|tập thể)\)\s*$/u, '');
}

/** "2 tập thể và 3 cá nhân", leaving out a zero count; '' when both are zero. */
export function recipientCounts(units: number, people: number): string {
  return [units ? `${units} tập thể` : '', people ? `${people} cá nhân` : ''].filter(Boolean).join(' và ');
}

/** First letter in lower case, for a name used inside a sentence ("Khen thưởng ..." -> "khen thưởng ..."). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
