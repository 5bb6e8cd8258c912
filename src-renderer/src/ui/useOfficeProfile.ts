import { useLiveQuery } from 'dexie-react-hooks';
import type { OfficeProfile } from '@/domain/registry/types';
import { getOfficeProfile } from '@/db/repositories/registry/settings';

export function useOfficeProfile(): OfficeProfile | undefined {
  return useLiveQuery(() => getOfficeProfile(), []);
}
