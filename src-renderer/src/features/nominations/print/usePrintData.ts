import { useLiveQuery } from 'dexie-react-hooks';
import { getOfficeProfile } from '@/db/repositories/registry/settings';
import { loadRoundReport } from '@/db/repositories/awards/roundReport';

/** Office profile + round report for the printed documents of a round. */
export function useRoundPrintData(roundId: string) {
  return useLiveQuery(async () => {
    const [profile, report] = await Promise.all([getOfficeProfile(), loadRoundReport(roundId)]);
    return { profile, report };
  }, [roundId]);
}
