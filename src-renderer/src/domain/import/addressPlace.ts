/**
 * The province, commune and former district an address names ("Phường Hòa Khánh, Đà Nẵng",
 * "Xã Điện Phước, H. Điện Bàn, T. Quảng Nam", "p hoa khanh, tp da nang"), read against the locality
 * tables of the plan (LocalityIndex: today's 34 provinces and their communes, the provinces merged
 * on 01/07/2025). Parts are split at commas; each part's level word (also abbreviated: TP., Tp, T.,
 * H., Q., TX., TT., X., P.) says what it names; the province is looked for from the last part back.
 */
import { nameKey } from '../text/normalize';
import type { LocalityIndex } from './localityIndex';

export type PlaceLevel = 'province' | 'city' | 'district' | 'commune' | 'none';

/** One part of an address: its level word (folded) and the name after it, folded and as written. */
interface AddressPart {
  level: PlaceLevel;
  /** Folded name without its level word. */
  key: string;
  /** The name as written, without its level word (abbreviated or not). */
  name: string;
  /** The full level word for a district ("Huyện", "Quận", "Thị xã", "Thành phố"), to write it back in full. */
  levelWord?: string;
}

export interface AddressPlace {
  /** Province code the address names (current name, former province or a place unique to one province). */
  provinceCode?: string;
  /** How the province was read: its own name, a province merged on 01/07/2025, or a district/commune unique to it. */
  provinceVia?: 'name' | 'former' | 'place';
  /** The former province as listed ("Quảng Nam") when the address names one. */
  formerProvince?: string;
  /** The commune part as written, without its level word, to be placed within the final province. */
  commune?: string;
  /** Folded key of that commune part. */
  communeKey?: string;
  /** Whether the commune part carried a commune level word (xã, phường, thị trấn, đặc khu). */
  communeMarked?: boolean;
  /** A former district (before 01/07/2025), written in full: "Huyện Điện Bàn", "Quận Hải Châu". */
  district?: string;
}

/** Level words at the start of a folded part, longest first; abbreviations only with their dot or before a number. */
const LEVELS: Array<[RegExp, PlaceLevel, string?]> = [
  [/^(tinh|t) /, 'province'],
  [/^(thanh pho|tp) /, 'city', 'Thành phố'],
  [/^(huyen|h) /, 'district', 'Huyện'],
  [/^(quan|q) /, 'district', 'Quận'],
  [/^(thi xa|tx) /, 'district', 'Thị xã'],
  [/^(thi tran|tt|xa|x|phuong|p|dac khu) /, 'commune'],
];

/** Raw part -> its parsed form: parts repeat across rows ("Tỉnh Quảng Nam"), so remembered. */
const partCache = new Map<string, AddressPart>();

/** Short forms written with a dot and no space ("P.Hòa Khánh", "TP.HCM", "Q.1"): the dot becomes a space. */
const DOTTED = /^\s*(tp|tx|tt|t|h|x|p|q)\s*\.\s*/i;
/** "Q1", "P12": a quarter or ward number glued to its letter. */
const GLUED_NUMBER = /^(q|p) ?(\d+)$/;

function parsePart(raw: string): AddressPart {
  let part = partCache.get(raw);
  if (part) return part;
  let text = raw.trim();
  const dotted = DOTTED.exec(text);
  // "T." also starts names ("T.Hòa"?) only in abbreviations: any dotted short form is a level word.
  let key = dotted ? `${nameKey(dotted[1]!)} ${nameKey(text.slice(dotted[0].length))}` : nameKey(text);
  const glued = GLUED_NUMBER.exec(key);
  if (glued) key = `${glued[1]} ${glued[2]}`;
  part = { level: 'none', key, name: text };
  for (const [re, level, word] of LEVELS) {
    const m = re.exec(key);
    if (!m) continue;
    // A bare one- or two-letter short form without a dot ("t", "h", "x", "p", "q", "tp", "tx", "tt") counts too:
    // files write "Tp Đà Nẵng", "TX Điện Bàn".
    const rest = key.slice(m[0].length);
    if (!rest) break;
    text = dotted ? text.slice(dotted[0].length) : stripWords(text, m[1]!.split(' ').length);
    part = { level, key: rest, name: text.trim(), ...(word ? { levelWord: word } : {}) };
    break;
  }
  if (partCache.size > 20_000) partCache.clear();
  partCache.set(raw, part);
  return part;
}

/** The text without its first n words (the level word as written). */
function stripWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(n).join(' ');
}

/** Split an address into its parts: commas, semicolons and line breaks (a dash may be part of a name). */
export function addressParts(address: string): string[] {
  return address
    .split(/[,;\n\r]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * What an address says about where the unit is. The commune part is returned as written so the
 * caller can place it within the province finally chosen (a province column, this address, or the
 * default the user picked).
 */
export function placeFromAddress(address: string, index: LocalityIndex): AddressPlace {
  const parts = addressParts(address).map(parsePart);
  const out: AddressPlace = {};
  let provinceAt = -1;
  // 1. The province: the last part naming one (a district-level "Thành phố Hội An" is not a province).
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (p.level !== 'province' && p.level !== 'city' && p.level !== 'none') continue;
    const hit = index.provinceByKey(p.key);
    if (!hit) continue;
    // An unmarked part naming a province that is also a commune name ("Hà Nam"?) counts only as the last part.
    if (p.level === 'none' && i !== parts.length - 1 && index.communeByKey(p.key, hit.code)) continue;
    out.provinceCode = hit.code;
    out.provinceVia = hit.former ? 'former' : 'name';
    if (hit.former) out.formerProvince = hit.former;
    provinceAt = i;
    break;
  }
  // 2. A former district: a part marked huyện/quận/thị xã, or a "thành phố" that is not a province.
  let districtAt = -1;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (i === provinceAt || !(p.level === 'district' || p.level === 'city')) continue;
    out.district = `${p.levelWord} ${p.name}`.trim();
    districtAt = i;
    break;
  }
  // 3. The commune: a part marked xã/phường/thị trấn/đặc khu, else an unmarked part that names a commune.
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (i === provinceAt || i === districtAt || p.level !== 'commune') continue;
    out.commune = p.name;
    out.communeKey = p.key;
    out.communeMarked = true;
    break;
  }
  if (!out.commune) {
    for (let i = (provinceAt >= 0 ? provinceAt : parts.length) - 1; i >= 0; i--) {
      const p = parts[i]!;
      if (i === districtAt || p.level !== 'none') continue;
      if (!index.communeByKey(p.key, out.provinceCode) && !(out.provinceCode === undefined && index.provinceOfPlace(p.key))) continue;
      out.commune = p.name;
      out.communeKey = p.key;
      out.communeMarked = false;
      break;
    }
  }
  // 4. No province named: a commune unique nationwide, or a former district whose name lives on in one province only.
  if (!out.provinceCode) {
    const byCommune = out.communeKey ? index.provinceOfPlace(out.communeKey) : undefined;
    const byDistrict = districtAt >= 0 ? index.provinceOfPlace(parts[districtAt]!.key) : undefined;
    const code = byCommune && byDistrict && byCommune !== byDistrict ? undefined : (byCommune ?? byDistrict);
    if (code) {
      out.provinceCode = code;
      out.provinceVia = 'place';
    }
  }
  return out;
}
