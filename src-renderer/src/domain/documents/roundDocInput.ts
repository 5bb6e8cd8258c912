/**
 * What the round documents (tờ trình, biên bản, danh sách) read: plain data, shaped like the
 * round report the repository loads (db/repositories/awards/roundReport.ts), so a RoundReport
 * can be passed as it is.
 */
import type { CatalogEntry, CouncilVote, Nomination, NominationRound } from '../awards/types';
import { authorityInText, awardNameInText, type OfficeNames } from './officeText';

export interface RoundDocNominee {
  nomination: Nomination;
  name: string;
  vote?: CouncilVote;
}

export interface RoundDocInput {
  round: NominationRound;
  catalog: CatalogEntry[];
  views: RoundDocNominee[];
}

/** Nominations that go up: proposed and not refused (drafts and rejected ones stay home). */
export function liveNominees(input: RoundDocInput): RoundDocNominee[] {
  return input.views.filter((v) => v.nomination.status !== 'rejected' && v.nomination.status !== 'draft');
}

export interface AwardCount {
  entry: CatalogEntry;
  /** The award's name as the documents write it. */
  name: string;
  count: number;
}

/** The nominations sent to one deciding authority: one tờ trình and one list each. */
export interface AuthorityGroup {
  /** The authority as written in the document ("Chủ tịch Ủy ban nhân dân thành phố Hà Nội"). */
  authority: string;
  awards: AwardCount[];
  units: number;
  people: number;
}

/**
 * The round's nominations grouped by the deciding authority of their catalogue entry: a tờ trình is
 * addressed to the competent body of the next level only, so each authority gets its own letter.
 * Ordered by the catalogue.
 */
export function authorityGroups(nominees: RoundDocNominee[], catalog: CatalogEntry[], names: OfficeNames): AuthorityGroup[] {
  const groups = new Map<string, AuthorityGroup>();
  const ordered = [...catalog].sort((a, b) => a.sortOrder - b.sortOrder);
  for (const entry of ordered) {
    const mine = nominees.filter((v) => v.nomination.catalogCode === entry.code);
    if (mine.length === 0) continue;
    const authority = authorityInText(entry.authority, names) || 'cấp có thẩm quyền';
    const g = groups.get(authority) ?? { authority, awards: [], units: 0, people: 0 };
    g.awards.push({ entry, name: awardNameInText(entry.name, names), count: mine.length });
    for (const v of mine) {
      if (v.nomination.recipientKind === 'unit') g.units++;
      else g.people++;
    }
    groups.set(authority, g);
  }
  return [...groups.values()];
}

/** The catalogue codes a group covers (to filter the list that goes with its letter). */
export const groupCodes = (g: AuthorityGroup): Set<string> => new Set(g.awards.map((a) => a.entry.code));
