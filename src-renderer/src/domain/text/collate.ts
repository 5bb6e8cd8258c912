/** Vietnamese collation for every user-visible sort. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string | undefined | null, b: string | undefined | null): number {
  return viCollator.compare(a ?? '', b ?? '');
}
