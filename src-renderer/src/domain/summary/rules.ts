import { foldText } from '../text/normalize';
import { yearOf } from '../text/partialDate';
import type { AwardRecord } from '../awards/types';
import type { Unit } from '../registry/types';

/** Catalogue code of "HTX điển hình tiên tiến" as seeded by the awards catalogue. */
export const MODEL_UNIT_CATALOG_CODES = ['HTX_DHTT', 'DHTT'] as const;
const MODEL_UNIT_WORDS = 'dien hinh tien tien';

/** Year part of an ISO date, full ("2005-03-15") or year-only ("2005"), or undefined. */
export function isoYear(iso: string | undefined): number | undefined {
  return yearOf(iso);
}

/** Founded on/before 31/12/Y (or no founded date). */
export function foundedBy(unit: Pick<Unit, 'foundedDate'>, year: number): boolean {
  const y = isoYear(unit.foundedDate);
  return y === undefined || y <= year;
}

/**
 * Dissolved on/before 31/12/Y. A dissolved unit with no date counts as dissolved for every year:
 * counting it as active would inflate figures with units nobody can confirm.
 */
export function dissolvedBy(unit: Pick<Unit, 'status' | 'statusDate'>, year: number): boolean {
  if (unit.status !== 'dissolved') return false;
  const y = isoYear(unit.statusDate);
  return y === undefined || y <= year;
}

/** Active at year end Y: founded on/before 31/12/Y (or no date) and not dissolved on/before 31/12/Y. */
export function isActiveAtYearEnd(unit: Pick<Unit, 'foundedDate' | 'status' | 'statusDate'>, year: number): boolean {
  return foundedBy(unit, year) && !dissolvedBy(unit, year);
}

/** Founded during Y (new unit). */
export function foundedIn(unit: Pick<Unit, 'foundedDate'>, year: number): boolean {
  return isoYear(unit.foundedDate) === year;
}

/** Dissolved during Y (date known). */
export function dissolvedIn(unit: Pick<Unit, 'status' | 'statusDate'>, year: number): boolean {
  return unit.status === 'dissolved' && isoYear(unit.statusDate) === year;
}

/** Admitted as alliance member (kết nạp) during Y. */
export function admittedIn(unit: Pick<Unit, 'member' | 'memberSince'>, year: number): boolean {
  return unit.member === 1 && unit.memberSince === year;
}

/**
 * A model unit honour (HTX điển hình tiên tiến): the catalogue entry, or an award whose name
 * contains "điển hình tiên tiến" (imported history often has no catalogue code).
 */
export function isModelUnitAward(award: Pick<AwardRecord, 'catalogCode' | 'awardName' | 'recipientKind'>): boolean {
  if (award.recipientKind !== 'unit') return false;
  if ((MODEL_UNIT_CATALOG_CODES as readonly string[]).includes(award.catalogCode)) return true;
  return foldText(award.awardName).includes(MODEL_UNIT_WORDS);
}
