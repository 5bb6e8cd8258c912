import { useLiveQuery } from 'dexie-react-hooks';
import type { OfficeProfile } from '@/domain/registry/types';
import { getOfficeProfile, getOfficeSetupState, type OfficeSetupState } from '@/db/repositories/registry/settings';

export function useOfficeProfile(): OfficeProfile | undefined {
  return useLiveQuery(() => getOfficeProfile(), []);
}

/** 'done' once the office profile was saved; undefined while loading. Documents print only when 'done'. */
export function useOfficeSetupState(): OfficeSetupState | undefined {
  return useLiveQuery(() => getOfficeSetupState(), []);
}

/** Route of the first-start setup screen (features/settings). */
export const OFFICE_SETUP_PATH = '/setup';

/** The office profile once saved by the office; undefined before the setup (no default name shown as the office's). */
export function useSavedOfficeProfile(): OfficeProfile | undefined {
  const profile = useOfficeProfile();
  return useOfficeSetupState() === 'done' ? profile : undefined;
}
