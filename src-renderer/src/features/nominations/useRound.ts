import { useLiveQuery } from 'dexie-react-hooks';
import type { EligibilityResult } from '@/domain/awards/eligibility';
import type { QuotaCheck } from '@/domain/awards/quota';
import { loadRoundReport, type RoundReport } from '@/db/repositories/awards/roundReport';
import { roundQuotaChecks } from '@/db/repositories/awards/eligibilityFacts';
import { judgeRound } from '@/db/repositories/awards/roundEligibility';

export interface RoundData extends RoundReport {
  eligibility: Map<string, EligibilityResult>;
  quotas: QuotaCheck[];
}

/** A round with names, votes, live eligibility of every entry and the round's quota checks. */
export function useRound(roundId: string): RoundData | null | undefined {
  return useLiveQuery(async () => {
    const report = await loadRoundReport(roundId);
    if (!report) return null;
    // Kept judgments are reused; only entries whose facts changed since are judged again.
    const { results: eligibility } = await judgeRound(
      roundId,
      report.views.map((v) => v.nomination),
      report.round.year,
      'later',
    );
    const quotas = await roundQuotaChecks(roundId);
    return { ...report, eligibility, quotas };
  }, [roundId]);
}
