/** ASCII file names for saved documents, like the Excel export: "To-trinh-2025", "To-trinh-2025-2". */
export function documentFileName(kind: string, year: number, part?: number): string {
  return `${kind}-${year}${part ? `-${part}` : ''}`;
}
