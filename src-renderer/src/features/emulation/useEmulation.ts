import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment, EmulationEvent, Movement, Programme } from '@/domain/emulation/types';
import { listAttachments } from '@/db/repositories/emulation/movements';
import { getMovement, listEvents, listMovements, listProgrammes, listRegistrationRows, type RegistrationRow } from '@/db/repositories/emulation/queries';

export type { RegistrationRow };

/** Movements, newest period first. */
export function useMovements(): Movement[] | undefined {
  return useLiveQuery(() => listMovements(), []);
}

export function useMovement(id: string | undefined): Movement | null | undefined {
  return useLiveQuery(async () => (id ? ((await getMovement(id)) ?? null) : null), [id]);
}

export function useRegistrations(movementId: string): RegistrationRow[] | undefined {
  return useLiveQuery(() => listRegistrationRows(movementId), [movementId]);
}

export function useAttachments(ownerId: string): Attachment[] | undefined {
  return useLiveQuery(() => listAttachments(ownerId), [ownerId]);
}

export function useProgrammes(): Programme[] | undefined {
  return useLiveQuery(() => listProgrammes(), []);
}

export function useEvents(): EmulationEvent[] | undefined {
  return useLiveQuery(() => listEvents(), []);
}
