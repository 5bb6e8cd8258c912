import { useLiveQuery } from 'dexie-react-hooks';
import type { OfficeProfile } from '@/domain/registry/types';
import { getOfficeProfile } from '@/db/repositories/registry/settings';

/** The office profile for document headers and signatures (undefined while loading). */
export function useOfficeProfile(): OfficeProfile | undefined {
  return useLiveQuery(() => getOfficeProfile(), []);
}
