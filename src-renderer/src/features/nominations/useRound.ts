import { useLiveQuery } from 'dexie-react-hooks';
import type { EligibilityResult } from '@/domain/awards/eligibility';
import type { QuotaCheck } from '@/domain/awards/quota';
import { loadRoundReport, type RoundReport } from '@/db/repositories/awards/roundReport';
import { evaluateMany, roundQuotaChecks } from '@/db/repositories/awards/eligibilityFacts';

export interface RoundData extends RoundReport {
  eligibility: Map<string, EligibilityResult>;
  quotas: QuotaCheck[];
}

/** A round with names, votes, live eligibility of every entry and the round's quota checks. */
export function useRound(roundId: string): RoundData | null | undefined {
  return useLiveQuery(async () => {
    const report = await loadRoundReport(roundId);
    if (!report) return null;
    const eligibility: Map<string, EligibilityResult> = await evaluateMany(
      report.views.map((v) => v.nomination),
      report.round.year,
    );
    const quotas = await roundQuotaChecks(roundId);
    return { ...report, eligibility, quotas };
  }, [roundId]);
}
