import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CatalogEntry, RecipientKind } from '@/domain/awards/types';
import { listCatalog } from '@/db/repositories/awards/catalog';

/** The award catalogue, live. */
export function useCatalog(): CatalogEntry[] | undefined {
  return useLiveQuery(() => listCatalog(), []);
}

export function useCatalogNames(): (code: string) => string {
  const catalog = useCatalog();
  return useMemo(() => {
    const m = new Map((catalog ?? []).map((c) => [c.code, c.name]));
    return (code: string) => m.get(code) ?? code;
  }, [catalog]);
}

/** Select options of active entries for a recipient kind. */
export function catalogOptions(catalog: CatalogEntry[] | undefined, kind: RecipientKind, includeCode?: string) {
  return (catalog ?? []).filter((c) => c.recipient === kind && (c.active === 1 || c.code === includeCode)).map((c) => ({ value: c.code, label: c.name }));
}
