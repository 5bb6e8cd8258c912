/**
 * Look-ups over the shipped administrative units (localities-data.ts): commune search for forms,
 * and province matching for imports of files that still name an old province or district.
 * Matching is diacritic-insensitive (foldText/nameKey), so "Hoà"/"Hòa", "Đăk"/"Đắk" and "Dak" agree.
 */
import { compareVi } from '../text/collate';
import { nameKey, queryWords, searchWords } from '../text/normalize';
import { CITY_PROVINCE_CODES, COMMUNES, PROVINCES } from './localities-data';
import type { Commune, Province } from './types';

/** Words that name a level, not a place: dropped before comparing names. */
const PROVINCE_LEVEL = /^(tinh|thanh pho|tp)\s+/;
const LOWER_LEVEL = /^(quan|huyen|thi xa|thanh pho|tp|phuong|xa|thi tran|dac khu)\s+/;

/** Common short forms seen in spreadsheets, folded (also read by the import's address parser). */
export const PROVINCE_ALIASES: Record<string, string> = {
  hcm: '79',
  tphcm: '79',
  'sai gon': '79',
  brvt: '79',
  'ba ria': '79',
  'vung tau': '79',
  hn: '01',
  'thua thien': '46',
};

export type ProvinceMatch = {
  province: Province;
  /** current: today's name; former: an old province merged on 01/07/2025; commune: an old
   *  district or town whose name lives on as a commune of exactly one province. */
  via: 'current' | 'former' | 'commune';
};

let provinceIndex: Map<string, ProvinceMatch> | undefined;
let communeShortIndex: Map<string, Commune[]> | undefined;
const communesByProvince = new Map<string, Commune[]>();
const communeWords = new Map<string, { words: string[]; shortKey: string; fullKey: string }>();

function stripLevel(key: string, level: RegExp): string {
  return key.replace(level, '');
}

function indexProvinces(): Map<string, ProvinceMatch> {
  if (provinceIndex) return provinceIndex;
  const byCode = new Map(PROVINCES.map((p) => [p.code, p]));
  const index = new Map<string, ProvinceMatch>();
  for (const p of PROVINCES) {
    index.set(nameKey(p.name), { province: p, via: 'current' });
    for (const former of p.formerNames) index.set(nameKey(former), { province: p, via: 'former' });
  }
  for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
    const p = byCode.get(code);
    if (p && !index.has(alias)) index.set(alias, { province: p, via: 'current' });
  }
  provinceIndex = index;
  return index;
}

function shortCommuneKey(c: Commune): string {
  return stripLevel(nameKey(c.name), LOWER_LEVEL);
}

function indexCommuneShortNames(): Map<string, Commune[]> {
  if (communeShortIndex) return communeShortIndex;
  const index = new Map<string, Commune[]>();
  for (const c of COMMUNES) {
    const key = shortCommuneKey(c);
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  }
  communeShortIndex = index;
  return index;
}

/** "Thành phố Hà Nội", "Tỉnh Cao Bằng": the full name used in printed headers. */
export function provinceFullName(p: Province): string {
  return `${CITY_PROVINCE_CODES.includes(p.code) ? 'Thành phố' : 'Tỉnh'} ${p.name}`;
}

// Built on first use: list rows look these up once per visible row.
let provincesByCode: Map<string, Province> | undefined;
let communesByCode: Map<string, Commune> | undefined;

export function provinceByCode(code: string | undefined): Province | undefined {
  if (!code) return undefined;
  provincesByCode ??= new Map(PROVINCES.map((p) => [p.code, p]));
  return provincesByCode.get(code);
}

export function communeByCode(code: string | undefined): Commune | undefined {
  if (!code) return undefined;
  communesByCode ??= new Map(COMMUNES.map((c) => [c.code, c]));
  return communesByCode.get(code);
}

/** Display name of a province code; an unknown code is shown as it is. */
export function provinceName(code: string | undefined): string {
  return code ? (provinceByCode(code)?.name ?? code) : '';
}

/** Display name of a commune code; an unknown code is shown as it is. */
export function communeName(code: string | undefined): string {
  return code ? (communeByCode(code)?.name ?? code) : '';
}

/** Provinces in Vietnamese alphabetical order, for pickers. */
export function provincesSorted(): Province[] {
  return [...PROVINCES].sort((a, b) => compareVi(a.name, b.name));
}

/** Communes of a province in Vietnamese alphabetical order, for pickers; [] without a province. */
export function communesSorted(provinceCode: string | undefined): Commune[] {
  return provinceCode ? [...communesOf(provinceCode)].sort((a, b) => compareVi(a.name, b.name)) : [];
}

/**
 * Today's province for a name found in a file: a current name ("TP. Hồ Chí Minh", "Thành phố
 * Huế"), a former province ("Bình Dương" -> Hồ Chí Minh, "Thừa Thiên Huế" -> Huế), or an old
 * district/town whose name is now a commune of exactly one province ("Huyện Gia Lâm" -> Hà Nội).
 * Ambiguous names (e.g. "Châu Thành", in several provinces) give undefined.
 */
export function matchProvince(name: string | undefined | null): ProvinceMatch | undefined {
  if (!name) return undefined;
  const key = nameKey(name);
  if (!key) return undefined;
  const index = indexProvinces();
  const direct = index.get(key) ?? index.get(stripLevel(key, PROVINCE_LEVEL));
  if (direct) return direct;
  const communes = indexCommuneShortNames().get(stripLevel(key, LOWER_LEVEL));
  if (!communes?.length) return undefined;
  const codes = new Set(communes.map((c) => c.provinceCode));
  if (codes.size !== 1) return undefined;
  const province = provinceByCode(communes[0]!.provinceCode);
  return province ? { province, via: 'commune' } : undefined;
}

/** The province for a current or former name (see matchProvince), or undefined. */
export function provinceByName(name: string | undefined | null): Province | undefined {
  return matchProvince(name)?.province;
}

/** Communes of one province in the official list order. */
export function communesOf(provinceCode: string): Commune[] {
  let list = communesByProvince.get(provinceCode);
  if (!list) {
    list = COMMUNES.filter((c) => c.provinceCode === provinceCode);
    communesByProvince.set(provinceCode, list);
  }
  return list;
}

function wordsOf(c: Commune): { words: string[]; shortKey: string; fullKey: string } {
  let w = communeWords.get(c.code);
  if (!w) {
    w = { words: searchWords(c.name), shortKey: shortCommuneKey(c), fullKey: nameKey(c.name) };
    communeWords.set(c.code, w);
  }
  return w;
}

/**
 * Communes whose name matches what the user typed: every typed word is the start of a word of
 * the name ("ben th" finds "Phường Bến Thành"). Exact names first, then names starting with the
 * query, then the rest, each group in Vietnamese order. No province: search the whole country.
 */
export function findCommunes(provinceCode: string | undefined, query: string, limit = 50): Commune[] {
  const pool = provinceCode ? communesOf(provinceCode) : COMMUNES;
  const q = queryWords(query);
  const qKey = q.join(' ');
  const scored: Array<{ c: Commune; rank: number }> = [];
  for (const c of pool) {
    if (!q.length) {
      scored.push({ c, rank: 0 });
      continue;
    }
    const w = wordsOf(c);
    if (!q.every((qw) => w.words.some((word) => word.startsWith(qw)))) continue;
    const rank = w.shortKey === qKey || w.fullKey === qKey ? 0 : w.shortKey.startsWith(qKey) || w.fullKey.startsWith(qKey) ? 1 : 2;
    scored.push({ c, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || compareVi(a.c.name, b.c.name));
  return scored.slice(0, limit).map((s) => s.c);
}

/**
 * The commune of a province named exactly (type word optional: "Bến Thành" or "Phường Bến
 * Thành"); undefined when absent or ambiguous, so an import can ask instead of guessing.
 */
export function communeByName(provinceCode: string, name: string | undefined | null): Commune | undefined {
  if (!name) return undefined;
  const key = nameKey(name);
  const short = stripLevel(key, LOWER_LEVEL);
  const hits = communesOf(provinceCode).filter((c) => {
    const w = wordsOf(c);
    return w.fullKey === key || w.shortKey === short;
  });
  const exact = hits.filter((c) => wordsOf(c).fullKey === key);
  if (exact.length === 1) return exact[0];
  return hits.length === 1 ? hits[0] : undefined;
}
