/**
 * Whether two registry records (file rows or stored units) are the same unit.
 *
 * A shared name is only a candidate: THT never have tax codes and generic names ("THT sản xuất rau
 * an toàn thôn 1") recur in every commune, and two "HTX Dịch vụ tổng hợp Tiền Phong" exist, one in
 * Mê Linh and one in Thường Tín. So the tax code, the locality (province, commune, former district,
 * address) and the other identifying columns decide; where they can neither tell the two apart nor
 * confirm them, the verdict is 'unknown' and the import asks the user (keeping both by default).
 */
import { foldText, nameKey } from '../text/normalize';
import type { UnitKind } from '../registry/types';

export interface UnitEvidence {
  nameKey: string;
  taxCode?: string;
  /** Only when stated (a column), never guessed from the name. */
  kind?: UnitKind;
  /** Only when stated in the file, never the office's default. */
  provinceCode?: string;
  /** localityKey of the commune (xã/phường) name. */
  commune?: string;
  /** localityKey of the former district (quận/huyện), kept as a historical attribute. */
  district?: string;
  /** Folded words of the address. */
  address?: string[];
  foundedYear?: number;
}

export type IdentityVerdict = 'same' | 'different' | 'unknown';

export interface IdentityComparison {
  verdict: IdentityVerdict;
  /** Vietnamese, for the preview: what decided (or what is missing). */
  reason: string;
}

const LEVEL_PREFIX = /^(tinh|thanh pho|tp|xa|phuong|thi tran|tt|dac khu|quan|huyen|thi xa|tx)\s+/;

/** A locality name without its level word: "Xã Tiền Phong", "xa tien phong" and "Tiền Phong" agree. */
export function localityKey(name: string): string {
  let k = nameKey(name);
  for (let i = 0; i < 2; i++) k = k.replace(LEVEL_PREFIX, '');
  return k;
}

function addressWords(address: string): string[] {
  return foldText(address)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

const COMMUNE_PART = /^(xa|phuong|thi tran|tt|dac khu)\s+(.+)$/;
const DISTRICT_PART = /^(huyen|quan|thi xa|tx)\s+(.+)$/;

/**
 * Commune and former district named in an address ("Thôn 1, xã Tiền Phong, huyện Mê Linh, Hà Nội";
 * legacy "Xã …, Huyện …, Tỉnh …" forms): used when the file has no column for them.
 */
export function localityFromAddress(address: string): { commune?: string; district?: string } {
  const out: { commune?: string; district?: string } = {};
  for (const part of address.split(/[,;–\n]|\s-\s/)) {
    const f = foldText(part).replace(/[.]/g, ' ').replace(/\s+/g, ' ').trim();
    const c = COMMUNE_PART.exec(f);
    if (c && !out.commune) out.commune = localityKey(c[2]!);
    const d = DISTRICT_PART.exec(f);
    if (d && !out.district) out.district = localityKey(d[2]!);
  }
  return out;
}

export interface EvidenceSource {
  name: string;
  taxCode?: string;
  kind?: UnitKind;
  provinceCode?: string;
  /** Commune name (as written, or the name of the stored commune code). */
  communeName?: string;
  legacyDistrict?: string;
  address?: string;
  foundedDate?: string;
}

/** The identifying facts of a record; the commune and district fall back to what the address names. */
export function unitEvidence(src: EvidenceSource): UnitEvidence {
  const ev: UnitEvidence = { nameKey: nameKey(src.name) };
  if (src.taxCode) ev.taxCode = src.taxCode;
  if (src.kind) ev.kind = src.kind;
  if (src.provinceCode) ev.provinceCode = src.provinceCode;
  if (src.communeName) ev.commune = localityKey(src.communeName);
  if (src.legacyDistrict) ev.district = localityKey(src.legacyDistrict);
  if (src.address) {
    const words = addressWords(src.address);
    if (words.length) ev.address = words;
    if (!ev.commune || !ev.district) {
      const fromAddress = localityFromAddress(src.address);
      if (!ev.commune && fromAddress.commune) ev.commune = fromAddress.commune;
      if (!ev.district && fromAddress.district) ev.district = fromAddress.district;
    }
  }
  const y = src.foundedDate ? Number(src.foundedDate.slice(0, 4)) : NaN;
  if (Number.isInteger(y) && y > 0) ev.foundedYear = y;
  return ev;
}

/** Does `words` hold `phrase` (folded words) as a run of consecutive words? */
function containsPhrase(words: readonly string[], phrase: string): boolean {
  const p = phrase.split(' ');
  outer: for (let i = 0; i + p.length <= words.length; i++) {
    for (let j = 0; j < p.length; j++) if (words[i + j] !== p[j]) continue outer;
    return true;
  }
  return false;
}

function isSubset(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.every((w) => set.has(w));
}

/**
 * Same unit, different units, or not enough evidence. Any identifying fact present on both sides
 * that differs makes them different units; a shared tax code, commune or address confirms them.
 */
export function compareUnits(a: UnitEvidence, b: UnitEvidence): IdentityComparison {
  if (a.taxCode && b.taxCode) {
    return a.taxCode === b.taxCode ? { verdict: 'same', reason: 'cùng mã số thuế' } : { verdict: 'different', reason: 'khác mã số thuế' };
  }
  if (a.nameKey !== b.nameKey) return { verdict: 'different', reason: 'khác tên' };
  if (a.kind && b.kind && a.kind !== b.kind) return { verdict: 'different', reason: 'khác loại hình' };
  if (a.provinceCode && b.provinceCode && a.provinceCode !== b.provinceCode) return { verdict: 'different', reason: 'khác tỉnh/thành phố' };
  let confirmed: string | undefined;
  if (a.commune && b.commune) {
    if (a.commune !== b.commune) return { verdict: 'different', reason: 'khác xã/phường' };
    confirmed = 'cùng tên, cùng xã/phường';
  } else if (a.commune && b.address && containsPhrase(b.address, a.commune)) {
    confirmed = 'cùng tên, địa chỉ có cùng xã/phường';
  } else if (b.commune && a.address && containsPhrase(a.address, b.commune)) {
    confirmed = 'cùng tên, địa chỉ có cùng xã/phường';
  }
  if (a.district && b.district && a.district !== b.district) return { verdict: 'different', reason: 'khác quận/huyện (cũ)' };
  if (a.address && b.address) {
    // One address may be the other with more detail ("xã A" / "Thôn 1, xã A"); otherwise they differ.
    if (!isSubset(a.address, b.address) && !isSubset(b.address, a.address)) return { verdict: 'different', reason: 'khác địa chỉ' };
    if (!confirmed && a.address.length === b.address.length) confirmed = 'cùng tên, cùng địa chỉ';
  }
  if (a.foundedYear && b.foundedYear && a.foundedYear !== b.foundedYear) return { verdict: 'different', reason: 'khác năm thành lập' };
  if (confirmed) return { verdict: 'same', reason: confirmed };
  return {
    verdict: 'unknown',
    reason:
      a.commune || b.commune || a.address || b.address
        ? 'cùng tên nhưng một bên không ghi xã/phường, địa chỉ để so'
        : 'cùng tên, không có mã số thuế, xã/phường hay địa chỉ để phân biệt',
  };
}
