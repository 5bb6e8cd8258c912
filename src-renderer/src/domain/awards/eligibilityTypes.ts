/** What the eligibility engine (eligibility.ts) is given about a nominee, and what it answers. */
import type {
  AwardRecord,
  CommendationType,
  DisciplineLevel,
  DisciplineRecord,
  DocumentType,
  EligibilityOverride,
  Initiative,
  NodeConfirmation,
  Rating,
  RecipientKind,
  RuleNode,
  YearRating,
} from './types';
import type { UnitYear } from '../registry/types';

/** One member of a collective in year Y (for memberShare / memberDiscipline). */
export interface MemberFacts {
  /** Award codes the member holds for year Y, and titles voted for Y in the same round. */
  codes: string[];
  rating?: Rating;
  /** Heaviest discipline imposed in year Y, if any. */
  disciplineLevel?: DisciplineLevel;
}

/** Another entry of the same round for this recipient (not rejected). */
export interface SameRoundEntry {
  code: string;
  year: number;
  /** Passed the council vote, or approved/decided: counts as holding the title in `year`. */
  voted: boolean;
}

/** The recipient's place in an emulation cluster or block for one year (the app's ranking and vote). */
export interface ClusterStanding {
  year: number;
  cluster: string;
  leads: boolean;
  /** How it was decided, e.g. "xếp thứ 1/6, được bình chọn dẫn đầu". */
  note: string;
}

export interface NomineeFacts {
  recipientKind: RecipientKind;
  recipientId: string;
  awards: AwardRecord[];
  ratings: YearRating[];
  initiatives: Initiative[];
  disciplines: DisciplineRecord[];
  /** Collectives only: members in year Y. */
  members?: MemberFacts[];
  sameRound?: SameRoundEntry[];
  clusterStandings?: ClusterStanding[];
  /** Units only: yearly indicators. */
  unitYears?: Array<Pick<UnitYear, 'year' | 'revenue' | 'profit' | 'avgIncome'>>;
  /** Units only. */
  sector?: string;
}

export interface EligibilityInput {
  catalogCode: string;
  /** Achievement year Y. */
  year: number;
  /** Judging (submission) date, ISO: picks the rules in force. */
  date: string;
  /** Loại hình khen thưởng of the nomination; thường xuyên when absent. */
  commendationType?: CommendationType;
  facts: NomineeFacts;
  documents: DocumentType[];
  /** The initiative the nomination relies on, if chosen. */
  initiativeId?: string;
  /** The award this nomination produced: never counted for the nomination itself. */
  ownAwardId?: string;
  /** The nomination itself: an award recorded from it is not counted for it either. */
  ownNominationId?: string;
  confirmations?: NodeConfirmation[];
  /** Written overrides: the node they name counts as met. */
  overrides?: EligibilityOverride[];
}

export type RuleOutcome = 'pass' | 'fail' | 'info' | 'round';

/** The outcome of one node of a rule tree. */
export interface NodeResult {
  /** Child indexes joined by '.', '' for the root (NodeConfirmation.path). */
  path: string;
  kind: RuleNode['kind'];
  outcome: RuleOutcome;
  /** The clause that decides this node (its own, or the nearest ancestor's). */
  clause?: string;
  label?: string;
  /** Vietnamese reasons, each starting with the clause ("Điều 23 khoản 1: …"). */
  messages: string[];
  children?: NodeResult[];
  /** The office can confirm this leaf on the nomination (confirmed, clusterLead). */
  confirmable?: boolean;
  /** Not met, but the office nominates anyway with this written reason (counts as met). */
  overridden?: string;
}

export interface RuleResult {
  ruleId: string;
  kind: RuleNode['kind'];
  outcome: RuleOutcome;
  /** The deciding reasons: the failing leaves' when failing, else the passing ones'. */
  messages: string[];
  legalBasis: string;
  needsCheck: boolean;
  tree: NodeResult;
}

export interface EligibilityResult {
  /** 'no_rules' = no rule of this entry is in force on the date for this commendation type. */
  status: 'pass' | 'fail' | 'no_rules';
  results: RuleResult[];
  /** Initiatives that satisfied initiative rules (to mark as used on decision). */
  initiativeId?: string;
}

/** Names of catalogue codes for messages. */
export type CodeNames = (code: string) => string;
