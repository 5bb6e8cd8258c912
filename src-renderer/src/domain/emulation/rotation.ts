import type { ClusterMember } from './types';

export interface ChairSuggestion {
  chairId?: string;
  viceChairId?: string;
  /** Why, in Vietnamese. */
  reason: string;
}

/**
 * Next year's chair and vice-chair (luân phiên). Custom: last year's vice-chair becomes chair;
 * the vice-chair is the next member in the list after the new chair, skipping the outgoing chair.
 * Without a usable vice-chair, the chair passes to the member after last year's chair.
 */
export function suggestChairs(members: ClusterMember[], lastChairId?: string, lastViceId?: string): ChairSuggestion {
  const n = members.length;
  if (n === 0) return { reason: 'Cụm chưa có thành viên.' };
  const idx = (id?: string) => (id ? members.findIndex((m) => m.id === id) : -1);
  const chairIdx = idx(lastChairId);
  const viceIdx = idx(lastViceId);
  let newChair: number;
  let reason: string;
  if (viceIdx >= 0 && viceIdx !== chairIdx) {
    newChair = viceIdx;
    reason = `Cụm phó năm trước (${members[viceIdx]!.name}) làm cụm trưởng`;
  } else if (chairIdx >= 0) {
    newChair = (chairIdx + 1) % n;
    reason = `Luân phiên theo thứ tự sau cụm trưởng năm trước (${members[chairIdx]!.name})`;
  } else {
    newChair = 0;
    reason = 'Chưa có cụm trưởng năm trước: đề xuất theo thứ tự danh sách';
  }
  let vice: number | undefined;
  for (let step = 1; step < n; step++) {
    const j = (newChair + step) % n;
    if (j !== chairIdx || n <= 2) {
      vice = j;
      break;
    }
  }
  if (vice === newChair) vice = undefined;
  return {
    chairId: members[newChair]!.id,
    viceChairId: vice === undefined ? undefined : members[vice]!.id,
    reason: `${reason}; cụm phó là đơn vị kế tiếp trong danh sách.`,
  };
}
