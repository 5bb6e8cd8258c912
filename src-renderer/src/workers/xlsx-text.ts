/**
 * Text decoding of .xlsx XML exactly as SheetJS 0.20.3 does it (its unescapexml and parse_si),
 * so the fast reader gives the same strings as XLSX.read, quirks included.
 */

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

function rawUnescape(text: string): string {
  const i = text.indexOf('<![CDATA[');
  if (i === -1) {
    return text
      .replace(ENTITY, (m: string, code: string | undefined) => NAMED[m] || String.fromCharCode(parseInt(code as string, m.indexOf('x') > -1 ? 16 : 10)) || m)
      .replace(CODE, (_m: string, c: string) => String.fromCharCode(parseInt(c, 16)));
  }
  const j = text.indexOf(']]>');
  return rawUnescape(text.slice(0, i)) + text.slice(i + 9, j) + rawUnescape(text.slice(j + 3));
}

/** SheetJS unescapexml(text, xlsx): entities, _xHHHH_ escapes, CDATA; with `xlsx` also CRLF -> LF. */
export function unescapeLikeSheetJs(text: string, xlsx = false): string {
  const plain = text.indexOf('&') === -1 && text.indexOf('_') === -1 && text.indexOf('<![CDATA[') === -1;
  const out = plain ? text : rawUnescape(text);
  return xlsx && out.indexOf('\r') !== -1 ? out.replace(/\r\n/g, '\n') : out;
}

const PLAIN_T = /^\s*<(?:\w+:)?t[^>]*>/;
const T_END = /<\/(?:\w+:)?t>/;
const RICH = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;

/** A shared or inline string (SheetJS parse_si): its text and, like SheetJS's `r`, its raw XML. */
export interface SiString {
  t: string | undefined;
  r?: string;
}

/** Phonetic runs (<rPh>) are removed by SheetJS first; the fast reader leaves such strings to it. */
export function parseSi(x: string): SiString {
  if (!x) return { t: '' };
  if (PLAIN_T.test(x)) {
    const body = x.slice(x.indexOf('>') + 1).split(T_END)[0] || '';
    return { t: unescapeLikeSheetJs(body, true), r: x };
  }
  if (RICH.test(x)) {
    return { t: unescapeLikeSheetJs((x.match(RUN_TEXT) || []).join('').replace(TAG, ''), true), r: x };
  }
  return { t: undefined };
}
