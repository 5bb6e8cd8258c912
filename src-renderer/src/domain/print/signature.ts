/**
 * The signature block of an administrative document: the authority line ("quyền hạn của người ký")
 * above the signer's title ("chức vụ"), per Nghị định 30/2020/NĐ-CP, Điều 13 (thẩm quyền ký) and
 * Phụ lục I, Mục II, khoản 7 (chức vụ, họ tên và chữ ký của người có thẩm quyền):
 *  - the head signs in person: no authority line, the head's title ("CHỦ TỊCH");
 *  - "KT." (ký thay): a deputy signs for the head: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
 *  - "TM." (thay mặt) before the name of a collective body: "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH";
 *  - "TL." (thừa lệnh) and "TUQ." (thừa ủy quyền) before the head's title, signed by the head of a
 *    unit of the agency: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG";
 *  - "Q." (quyền) before the head's title when given the head's powers: "Q. CHỦ TỊCH", no title line.
 * The office profile stores two lines (OfficeProfile.signAuthority, leaderTitle); this module says
 * which pairs are valid and why not. Pure: no React, no storage.
 */
import { cleanText } from '../text/normalize';

export type SignForm = 'self' | 'KT' | 'TM' | 'TL' | 'TUQ' | 'Q';

export const DECREE_REF = 'Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I, Mục II, khoản 7';

export interface SignFormInfo {
  form: SignForm;
  /** Abbreviation written on the authority line ('' for the head signing in person). */
  prefix: string;
  label: string;
  /** What follows the prefix: the head's title, or the collective body for TM. */
  nameLabel?: string;
  namePlaceholder?: string;
  /** Title line of the signer; undefined when the form has none (Q.). */
  titleLabel?: string;
  titlePlaceholder?: string;
}

export const SIGN_FORMS: readonly SignFormInfo[] = [
  { form: 'self', prefix: '', label: 'Người đứng đầu ký (không ghi quyền hạn)', titleLabel: 'Chức vụ người đứng đầu', titlePlaceholder: 'CHỦ TỊCH' },
  {
    form: 'KT',
    prefix: 'KT.',
    label: 'KT. – cấp phó ký thay người đứng đầu',
    nameLabel: 'Chức vụ người đứng đầu',
    namePlaceholder: 'CHỦ TỊCH',
    titleLabel: 'Chức vụ cấp phó ký thay',
    titlePlaceholder: 'PHÓ CHỦ TỊCH',
  },
  {
    form: 'TM',
    prefix: 'TM.',
    label: 'TM. – thay mặt tập thể lãnh đạo, cơ quan',
    nameLabel: 'Tên tập thể lãnh đạo hoặc cơ quan',
    namePlaceholder: 'BAN THƯỜNG TRỰC',
    titleLabel: 'Chức vụ người ký',
    titlePlaceholder: 'CHỦ TỊCH',
  },
  {
    form: 'TL',
    prefix: 'TL.',
    label: 'TL. – thừa lệnh người đứng đầu',
    nameLabel: 'Chức vụ người đứng đầu',
    namePlaceholder: 'CHỦ TỊCH',
    titleLabel: 'Chức vụ người ký (trưởng đơn vị thuộc cơ quan)',
    titlePlaceholder: 'CHÁNH VĂN PHÒNG',
  },
  {
    form: 'TUQ',
    prefix: 'TUQ.',
    label: 'TUQ. – thừa ủy quyền người đứng đầu',
    nameLabel: 'Chức vụ người đứng đầu',
    namePlaceholder: 'CHỦ TỊCH',
    titleLabel: 'Chức vụ người ký (trưởng đơn vị thuộc cơ quan)',
    titlePlaceholder: 'CHÁNH VĂN PHÒNG',
  },
  { form: 'Q', prefix: 'Q.', label: 'Q. – được giao quyền cấp trưởng', nameLabel: 'Chức vụ người đứng đầu', namePlaceholder: 'CHỦ TỊCH' },
];

export function signFormInfo(form: SignForm): SignFormInfo {
  return SIGN_FORMS.find((f) => f.form === form)!;
}

/** A line as printed: NFC, single spaces, Vietnamese capitals (the decree prints both lines in capitals). */
export function signLine(text: string | undefined): string {
  return cleanText(text ?? '').toLocaleUpperCase('vi');
}

const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s*(.*)$/;

export type ParsedAuthority = { form: SignForm; name: string } | { form: undefined; raw: string };

/** Splits a stored authority line; `form: undefined` when it is not one of the decree's forms. */
export function parseSignAuthority(authority: string | undefined): ParsedAuthority {
  const a = signLine(authority);
  if (!a) return { form: 'self', name: '' };
  const m = AUTHORITY.exec(a);
  return m ? { form: m[1] as SignForm, name: m[2]!.trim() } : { form: undefined, raw: a };
}

/** The authority line for a form: "KT. CHỦ TỊCH"; '' for the head signing in person. */
export function composeSignAuthority(form: SignForm, name: string | undefined): string {
  if (form === 'self') return '';
  return `${signFormInfo(form).prefix} ${signLine(name)}`.trim();
}

/** Titles of persons, which TM. must not precede (TM. stands before a collective body). */
const PERSON_TITLES = new Set([
  'CHỦ TỊCH',
  'GIÁM ĐỐC',
  'TỔNG GIÁM ĐỐC',
  'BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'CHỦ NHIỆM',
  'TRƯỞNG BAN',
  'CHÁNH VĂN PHÒNG',
  'VIỆN TRƯỞNG',
  'HIỆU TRƯỞNG',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'TRƯỞNG PHÒNG',
  'TỔNG THƯ KÝ',
  'BÍ THƯ',
]);

const isPersonTitle = (t: string) => PERSON_TITLES.has(t) || t.startsWith('PHÓ ');

/** Is `title` the deputy of the head titled `head` ("PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"; a minister's is "THỨ TRƯỞNG")? */
function isDeputyOf(title: string, head: string): boolean {
  return title === `PHÓ ${head}` || title.startsWith(`PHÓ ${head} `) || (head === 'BỘ TRƯỞNG' && title.startsWith('THỨ TRƯỞNG'));
}

const cite = (text: string) => `${text} (${DECREE_REF}).`;

/**
 * Why the pair (authority line, title line) is not a valid signature block, or undefined when it is.
 * Compared in capitals with spaces tidied, as printed.
 */
export function validateSignatureBlock(authority: string | undefined, title: string | undefined): string | undefined {
  const t = signLine(title);
  const parsed = parseSignAuthority(authority);
  if (parsed.form === undefined) {
    return cite(
      `Quyền hạn ký “${parsed.raw}” không đúng thể thức: chỉ ghi một trong các chữ viết tắt TM. (thay mặt), KT. (ký thay), ` +
        'Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền), viết hoa, có dấu chấm, trước chức vụ người đứng đầu hoặc tên tập thể; ' +
        'để trống khi người đứng đầu tự ký',
    );
  }
  const { form, name } = parsed;
  const prefix = signFormInfo(form).prefix;

  if (form === 'self') {
    if (!t) return 'Nhập chức vụ người ký.';
    if (t.startsWith('Q.')) return undefined; // "Q. CHỦ TỊCH" typed as the title: same printed block as the Q. form
    const typed = AUTHORITY.exec(t);
    if (typed) return cite(`“${typed[1]}.” là quyền hạn ký, ghi ở dòng trên chức vụ, không ghi trong dòng chức vụ “${t}”`);
    if (t.startsWith('PHÓ ') || t.startsWith('THỨ TRƯỞNG')) {
      return cite(
        `Cấp phó (“${t}”) không ký với danh nghĩa của mình: cấp phó ký thay người đứng đầu thì ghi “KT.” trước chức vụ người đứng đầu ở dòng trên, VD “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”`,
      );
    }
    return undefined;
  }

  if (!name)
    return cite(
      form === 'TM'
        ? 'Sau “TM.” ghi tên tập thể lãnh đạo hoặc tên cơ quan, tổ chức, VD “TM. BAN THƯỜNG TRỰC”'
        : `Sau “${prefix}” ghi chức vụ của người đứng đầu, VD “${prefix} CHỦ TỊCH”`,
    );

  switch (form) {
    case 'KT':
      if (!t) return 'Nhập chức vụ của cấp phó ký thay, VD “PHÓ CHỦ TỊCH”.';
      if (t === name) {
        return cite(
          `“KT. ${name}” phía trên “${t}” không đúng: KT. (ký thay) chỉ dùng khi cấp phó ký thay người đứng đầu, nên dòng dưới là chức vụ của cấp phó (VD “PHÓ ${name}”). ` +
            `${name.charAt(0)}${name.slice(1).toLocaleLowerCase('vi')} tự ký thì chọn “Người đứng đầu ký” và không ghi quyền hạn`,
        );
      }
      if (isDeputyOf(t, name)) return undefined;
      if (t.startsWith('PHÓ ')) return cite(`Người ký thay “${name}” là cấp phó của ${name} (“PHÓ ${name}”), không phải “${t}”`);
      return cite(
        `“KT.” chỉ dùng cho cấp phó ký thay người đứng đầu (VD “PHÓ ${name}”); người đứng đầu đơn vị thuộc cơ quan như “${t}” ký “TL.” (thừa lệnh) hoặc “TUQ.” (thừa ủy quyền)`,
      );
    case 'TL':
    case 'TUQ': {
      const what = form === 'TL' ? 'thừa lệnh' : 'thừa ủy quyền';
      if (!t) return `Nhập chức vụ người ký ${what}, VD “CHÁNH VĂN PHÒNG”.`;
      if (t === name)
        return cite(
          `“${prefix} ${name}” phía trên “${t}” không đúng: người đứng đầu tự ký thì không ghi quyền hạn; ${prefix} (${what}) dành cho người đứng đầu đơn vị thuộc cơ quan, VD “CHÁNH VĂN PHÒNG”`,
        );
      if (isDeputyOf(t, name))
        return cite(
          `Cấp phó của người đứng đầu (“${t}”) ký thay với “KT. ${name}”, không ký ${what} “${prefix}”; ${prefix} dành cho người đứng đầu đơn vị thuộc cơ quan, VD “CHÁNH VĂN PHÒNG”`,
        );
      return undefined;
    }
    case 'Q':
      if (t) return cite(`Người được giao quyền cấp trưởng ký với chức vụ “Q. ${name}”; không ghi thêm dòng chức vụ “${t}”`);
      return undefined;
    case 'TM':
      if (name === t || isPersonTitle(name)) {
        return cite(
          `“TM.” (thay mặt) đứng trước tên tập thể lãnh đạo hoặc tên cơ quan, tổ chức (VD “TM. BAN THƯỜNG TRỰC”), không đứng trước chức vụ “${name}”`,
        );
      }
      if (!t) return 'Nhập chức vụ người ký thay mặt tập thể, VD “CHỦ TỊCH”.';
      if (t.startsWith('PHÓ ')) {
        return cite(
          `Cấp phó ký thay mặt tập thể phải ghi thêm dòng ký thay: “TM. ${name} / KT. CHỦ TỊCH / ${t}”, mẫu ba dòng mà hồ sơ cơ quan không in được; chọn “KT.” hoặc để người đứng đầu ký`,
        );
      }
      return undefined;
  }
}

/** The lines as printed, for a preview: authority (if any), then title (if any). */
export function signatureBlockLines(authority: string | undefined, title: string | undefined): string[] {
  return [signLine(authority), signLine(title)].filter(Boolean);
}
