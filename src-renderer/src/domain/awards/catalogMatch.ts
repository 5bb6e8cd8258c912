/**
 * Matching an award name as written in a spreadsheet ("BK UBND tỉnh", "CSTĐCS năm 2022",
 * "Huân chương Lao động hạng 3") to an entry of the award catalogue. Award history that
 * matches no entry is still kept, but eligibility chains only count entries by code, so an
 * import must say which names it could not place.
 */
import { foldText } from '../text/normalize';
import type { CatalogEntry, CommendationType, RecipientKind } from './types';

/** What the matcher needs of a catalogue entry. */
export type CatalogRef = Pick<CatalogEntry, 'code' | 'name' | 'recipient' | 'commendationType' | 'active'>;

/** Abbreviations of office files, expanded word by word (input already folded: đ -> d). */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  // "Chiến sỹ" is the older spelling of "Chiến sĩ".
  [/\bchien sy\b/g, 'chien si'],
  [/\bcstdcs\b/g, 'chien si thi dua co so'],
  [/\bcstdtq\b/g, 'chien si thi dua toan quoc'],
  [/\bcstd\b/g, 'chien si thi dua'],
  [/\bttldxs\b/g, 'tap the lao dong xuat sac'],
  [/\bttldtt\b/g, 'tap the lao dong tien tien'],
  [/\bldxs\b/g, 'lao dong xuat sac'],
  [/\bldtt\b/g, 'lao dong tien tien'],
  [/\bhcld\b/g, 'huan chuong lao dong'],
  [/\bbk\b/g, 'bang khen'],
  [/\bgk\b/g, 'giay khen'],
  [/\bknc\b/g, 'ky niem chuong'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\b(ttcp|ttg)\b/g, 'thu tuong chinh phu'],
  [/\blmhtx\b/g, 'lien minh htx'],
  [/\bhop tac xa\b/g, 'htx'],
  [/\bvn\b/g, 'viet nam'],
  [/\btq\b/g, 'toan quoc'],
];

const RANKS: Array<[RegExp, string]> = [
  [/\bhang (1|i|nhat)\b/, '1'],
  [/\bhang (2|ii|nhi)\b/, '2'],
  [/\bhang (3|iii|ba)\b/, '3'],
];

/** Folded, abbreviations expanded, punctuation and years dropped: the form names are compared in. */
export function awardNameKey(name: string): string {
  let s = foldText(name).replace(/[^a-z0-9]+/g, ' ');
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s
    .replace(/\bnam (19|20)\d\d\b/g, ' ')
    .replace(/\b(19|20)\d\d\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names that differ only in case, accents, abbreviations or a year share one choice of entry. */
export function awardNameChoiceKey(recipientKind: RecipientKind, awardName: string): string {
  return `${recipientKind}|${awardNameKey(awardName)}`;
}

/** A catalogue name without its "(cá nhân)" / "(tập thể)" suffix, which the recipient kind already says. */
function entryKey(entry: CatalogRef): string {
  return awardNameKey(entry.name.replace(/\((cá nhân|tập thể)\)\s*$/i, ''));
}

/**
 * Seed codes recognised from the structure of the name (authority, rank), for the many ways
 * offices write them. Only used when the code exists in the catalogue for that recipient.
 */
function structuralCode(key: string, body: string, recipient: RecipientKind): string | undefined {
  const suffix = recipient === 'unit' ? 'TT' : 'CN';
  const both = `${key} ${body}`;
  if (/\bhuan chuong lao dong\b/.test(key)) {
    const rank = RANKS.find(([re]) => re.test(key))?.[1];
    return rank ? `HCLD${rank}_${suffix}` : undefined;
  }
  if (/\bky niem chuong\b/.test(key) && /\blien minh\b/.test(both)) return 'KNC_LMVN';
  if (/\bdien hinh tien tien\b/.test(key) && recipient === 'unit') return 'HTX_DHTT';
  if (/\bbang khen\b/.test(key)) {
    if (/\bthu tuong\b|\bchinh phu\b/.test(both)) return `BK_TTG_${suffix}`;
    if (/\blien minh htx viet nam\b|\blien minh htx vn\b|\blien minh htx trung uong\b/.test(both)) return `BK_LMVN_${suffix}`;
    // Bằng khen cấp bộ, ban, ngành, tỉnh: one form in Luật TĐKT 2022, whichever of them signs.
    if (/\b(uy ban nhan dan|tinh|thanh pho|bo|ban|nganh|doan the)\b/.test(both)) return `BK_TINH_${suffix}`;
    return undefined;
  }
  if (/\bco thi dua\b/.test(key) && recipient === 'unit') {
    if (/\bchinh phu\b/.test(both)) return 'CO_CP';
    if (/\blien minh htx viet nam\b|\blien minh htx vn\b/.test(both)) return 'CO_LMVN';
    if (/\b(uy ban nhan dan|tinh|thanh pho|bo|ban|nganh)\b/.test(both)) return 'CO_TINH';
    return undefined;
  }
  if (/\bgiay khen\b/.test(key)) return `GK_${suffix}`;
  if (/\bchien si thi dua\b/.test(key) && recipient === 'person') {
    if (/\btoan quoc\b/.test(key)) return 'CSTD_TQ';
    if (/\bco so\b/.test(key)) return 'CSTDCS';
    if (/\b(tinh|thanh pho|bo|ban|nganh)\b/.test(key)) return 'CSTD_TINH';
    return undefined;
  }
  if (/\blao dong xuat sac\b/.test(key) && recipient === 'unit') return 'TTLDXS';
  if (/\blao dong tien tien\b/.test(key)) return recipient === 'unit' ? 'TTLDTT' : /\btap the\b/.test(key) ? undefined : 'LDTT';
  return undefined;
}

/** Commendation type stated in the name itself ("… đột xuất", "… theo chuyên đề"), which outranks the entry's. */
export function commendationTypeInName(awardName: string): CommendationType | undefined {
  const f = foldText(awardName);
  if (/dot xuat/.test(f)) return 'dot_xuat';
  if (/chuyen de|theo dot|phong trao/.test(f)) return 'chuyen_de';
  if (/cong hien|qua trinh/.test(f)) return 'cong_hien';
  if (/nien han/.test(f)) return 'nien_han';
  if (/doi ngoai/.test(f)) return 'doi_ngoai';
  return undefined;
}

/**
 * The entry an award name counts as: the user's choice for that name first ('' = none of the
 * catalogue), else what the matcher finds.
 */
export function placeAwardName(
  matcher: CatalogMatcher,
  choices: ReadonlyMap<string, string>,
  awardName: string,
  recipient: RecipientKind,
  issuingBody?: string,
): { entry?: CatalogRef; by: 'auto' | 'user' | 'none' } {
  const chosen = choices.get(awardNameChoiceKey(recipient, awardName));
  if (chosen !== undefined) {
    const entry = chosen ? matcher.entry(chosen) : undefined;
    return entry ? { entry, by: 'user' } : { by: 'user' };
  }
  const entry = matcher.match(awardName, recipient, issuingBody);
  return entry ? { entry, by: 'auto' } : { by: 'none' };
}

/** An award's commendation type: what its name says, else its catalogue entry's, else thường xuyên. */
export function commendationTypeOf(awardName: string, entry: CatalogRef | undefined): CommendationType {
  return commendationTypeInName(awardName) ?? entry?.commendationType ?? 'thuong_xuyen';
}

export class CatalogMatcher {
  private byKey = new Map<string, CatalogRef>();
  private byCode = new Map<string, CatalogRef>();
  /** Longest names first, so "tập thể lao động tiên tiến" wins over "lao động tiên tiến". */
  private contained: Array<[string, CatalogRef]>;

  constructor(catalog: readonly CatalogRef[]) {
    for (const e of catalog) {
      this.byCode.set(e.code, e);
      const k = `${e.recipient}|${entryKey(e)}`;
      // Active entries win a name clash with retired ones.
      if (!this.byKey.has(k) || e.active) this.byKey.set(k, e);
    }
    this.contained = catalog
      .map((e) => [entryKey(e), e] as [string, CatalogRef])
      .filter(([k]) => k.length >= 8)
      .sort((a, b) => b[0].length - a[0].length);
  }

  entry(code: string): CatalogRef | undefined {
    return this.byCode.get(code);
  }

  /** The catalogue entry an award name means for this recipient kind, or undefined. */
  match(awardName: string, recipient: RecipientKind, issuingBody?: string): CatalogRef | undefined {
    const key = awardNameKey(awardName);
    if (!key) return undefined;
    const exact = this.byKey.get(`${recipient}|${key}`);
    if (exact) return exact;
    const code = structuralCode(key, issuingBody ? awardNameKey(issuingBody) : '', recipient);
    const structural = code ? this.byCode.get(code) : undefined;
    if (structural && structural.recipient === recipient) return structural;
    for (const [k, e] of this.contained) {
      if (e.recipient === recipient && ` ${key} `.includes(` ${k} `)) return e;
    }
    return undefined;
  }
}
