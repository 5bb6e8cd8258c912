import type { AwardRecord, CommendationType, DisciplineRecord, Initiative, InitiativeLevel, Rating, RecipientKind, YearRating } from '@/domain/awards/types';
import type { MemberFacts, NomineeFacts } from '@/domain/awards/eligibility';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';

/** Compact dated histories for rule tests: { 2023: ['CSTDCS'] } -> award records. */
export const names = (code: string) => CATALOG_SEED.find((c) => c.code === code)?.name ?? code;

export interface HistorySpec {
  kind?: RecipientKind;
  awards?: Record<number, Array<string | [string, CommendationType]>>;
  ratings?: Record<number, Rating>;
  initiatives?: Array<{ id: string; year: number; level: InitiativeLevel; usedBy?: string }>;
  disciplines?: Array<Omit<DisciplineRecord, 'id' | 'recipientKind' | 'recipientId' | 'updatedAt'>>;
  members?: MemberFacts[];
}

export function facts(spec: HistorySpec, id = 'X'): NomineeFacts {
  const kind = spec.kind ?? 'person';
  const awards: AwardRecord[] = [];
  for (const [year, list] of Object.entries(spec.awards ?? {})) {
    for (const item of list) {
      const [code, type] = typeof item === 'string' ? [item, 'thuong_xuyen' as const] : item;
      awards.push({
        id: `${code}-${year}`,
        year: Number(year),
        recipientKind: kind,
        recipientId: id,
        catalogCode: code,
        awardName: names(code),
        commendationType: type,
        source: 'manual',
        createdAt: '',
        updatedAt: '',
        decisionDate: `${year}-12-10`,
      });
    }
  }
  const ratings: YearRating[] = Object.entries(spec.ratings ?? {}).map(([year, rating]) => ({
    id: `${kind}:${id}:${year}`,
    recipientKind: kind,
    recipientId: id,
    year: Number(year),
    rating,
    updatedAt: '',
  }));
  const initiatives: Initiative[] = (spec.initiatives ?? []).map((i) => ({
    id: i.id,
    personId: id,
    title: `Sáng kiến ${i.id}`,
    year: i.year,
    level: i.level,
    updatedAt: '',
    ...(i.usedBy ? { usedByAwardId: i.usedBy } : {}),
  }));
  const disciplines: DisciplineRecord[] = (spec.disciplines ?? []).map((d, n) => ({
    ...d,
    id: `d${n}`,
    recipientKind: kind,
    recipientId: id,
    updatedAt: '',
  }));
  return { recipientKind: kind, recipientId: id, awards, ratings, initiatives, disciplines, ...(spec.members ? { members: spec.members } : {}) };
}

/** `n` consecutive years ending at `end` mapped to the same value. */
export function years<T>(end: number, n: number, value: T): Record<number, T> {
  const out: Record<number, T> = {};
  for (let y = end - n + 1; y <= end; y++) out[y] = value;
  return out;
}
