import { foldText } from '@/domain/text/normalize';

/** Select filter that ignores diacritics and word order: "bang khen tinh" finds "Bằng khen của Chủ tịch UBND tỉnh". */
export function foldFilter(input: string, option?: { label?: unknown }): boolean {
  const label = foldText(String(option?.label ?? ''));
  return foldText(input)
    .split(' ')
    .every((w) => label.includes(w));
}
