/**
 * The signature block under a table ("Người lập biểu", "(Ký, họ tên)", "KT. GIÁM ĐỐC", a dated
 * place line): never a header and never a record.
 */
import { foldText } from '../text/normalize';

const SIGNATURE = [
  /^\(?nguoi lap( bieu)?\b/,
  /^(kt\.?|tm\.?|tl\.?|q\.?) /,
  /\bky,? (ghi ro )?(ho )?(va )?ten\b/,
  /\bky ten\b/,
  /\bky,? dong dau\b/,
  /^(thu truong|chu tich|giam doc|pho chu tich|pho giam doc|truong phong|ke toan truong|thu kho|thu quy|nguoi nhan|nguoi giao|xac nhan)( |$)/,
  /, ngay \d{1,2} thang \d{1,2} nam \d{4}/,
  /^ngay \.* thang/,
  /^noi nhan\b/,
];

export function isSignatureText(t: string): boolean {
  const f = foldText(t);
  return SIGNATURE.some((re) => re.test(f));
}
