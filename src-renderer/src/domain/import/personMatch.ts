/**
 * Lists of people (cán bộ, thành viên): each row a stored person to complete (update fills blanks)
 * or a new one; a person listed twice in the file is a repeat.
 */
import type { LocalityIndex } from './localityIndex';
import type { PlanInput, PlannedRow } from './planTypes';
import { isOpen, markRepeat, readRowPerson, RecipientResolver } from './recipientMatch';

export function matchPeople(rows: PlannedRow[], input: PlanInput, localities: LocalityIndex): void {
  const resolver = new RecipientResolver(input, localities);
  const seen = new Map<string, PlannedRow>();
  for (const row of rows) {
    readRowPerson(input, row);
    if (!isOpen(row)) continue;
    row.recipientKind = 'person';
    const found = resolver.person(row, true);
    if (!found.id) continue;
    // Repeats: the same stored person, or the same new person (name + unit + birth), met earlier.
    const key = found.stored ? `id:${found.id}` : `new:${found.id}`;
    const first = seen.get(key);
    if (first) {
      markRepeat(row, first, 'cùng người');
      continue;
    }
    seen.set(key, row);
    if (found.stored) {
      row.status = 'update';
      // A stored person is completed, never created again.
      delete row.creates;
    } else {
      row.status = 'new';
      // The commit creates the person from this row: the plan counts it among people to create.
      row.creates = 'person';
    }
  }
}
