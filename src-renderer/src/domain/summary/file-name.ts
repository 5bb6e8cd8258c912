import { cleanText } from '../text/normalize';

/** Abbreviations kept in capitals when an all-capitals name is put into mixed case. */
const KEEP_UPPER = new Set(['HTX', 'THT', 'QTDND', 'LMHTX', 'UBND', 'TP', 'TW', 'CTĐ', 'KT']);

/**
 * A name as a Windows-safe ASCII file-name part: "Liên minh HTX thành phố Đà Nẵng" ->
 * "Lien-minh-HTX-thanh-pho-Da-Nang". "Hợp tác xã" is shortened to "HTX" (as in every report);
 * diacritics go, đ -> d; anything but letters and digits becomes one '-', so none of <>:"/\|?*,
 * control characters, dots or spaces at the end can reach the file system. An agency name typed in
 * capitals (as printed on documents) is put into mixed case first so the name stays readable.
 * Empty when the name has no letter or digit.
 */
export function asciiNamePart(name: string, maxLength = 80): string {
  let text = cleanText(name).replace(/h[ợỢ]p\s+t[áÁ]c\s+x[ãÃ]/giu, 'HTX');
  const allCaps = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  if (allCaps) {
    text = text
      .split(/([\s-]+)/)
      .map((w) => (KEEP_UPPER.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
      .join('');
    // Generic words of an agency name in lower case, as written in running text.
    text = text
      .replace(/^Liên Minh\b/u, 'Liên minh')
      .replace(/^(Liên minh HTX) (Thành Phố|Tỉnh)(?= )/u, (_m, a: string, b: string) => `${a} ${b.toLowerCase()}`);
  }
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  // Cut at a word boundary so a long name does not end in half a word.
  const cut = ascii.slice(0, maxLength + 1);
  const at = cut.lastIndexOf('-');
  return (at > maxLength / 2 ? cut.slice(0, at) : ascii.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * File name of the summary package a member alliance sends the cluster chair, named after the sender so
 * a chair receiving five files tells them apart: "Goi-tong-ket-2015-Lien-minh-HTX-thanh-pho-Da-Nang.xlsx".
 * Falls back to the province code when the office name is empty. The package names its sender inside
 * too (sheet "Thông tin"), which is what the import matches on.
 */
export function packageFileName(year: number, allianceName: string, provinceCode?: string): string {
  const who = asciiNamePart(allianceName) || asciiNamePart(provinceCode ? `LMHTX-${provinceCode}` : '') || 'LMHTX';
  return `Goi-tong-ket-${year}-${who}.xlsx`;
}
