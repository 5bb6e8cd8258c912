import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment, EmulationEvent, Movement, MovementRegistration, Programme } from '@/domain/emulation/types';
import { compareVi } from '@/domain/text/collate';
import { getDb } from '@/db/database';
import { emulationTables } from '@/db/repositories/emulation/tables';

const tables = () => emulationTables(getDb());

/** Movements, newest period first. */
export function useMovements(): Movement[] | undefined {
  return useLiveQuery(async () => (await tables().movements.toArray()).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom) || compareVi(a.name, b.name)), []);
}

export function useMovement(id: string | undefined): Movement | null | undefined {
  return useLiveQuery(async () => (id ? ((await tables().movements.get(id)) ?? null) : null), [id]);
}

export interface RegistrationRow extends MovementRegistration {
  unitName: string;
}

export function useRegistrations(movementId: string): RegistrationRow[] | undefined {
  return useLiveQuery(async () => {
    const regs = await tables().registrations.where('movementId').equals(movementId).toArray();
    const units = await getDb().units.bulkGet(regs.map((r) => r.unitId));
    return regs
      .map((r, i) => ({ ...r, unitName: units[i]?.name ?? '(đơn vị đã xóa)' }))
      .sort((a, b) => compareVi(a.unitName, b.unitName));
  }, [movementId]);
}

export function useAttachments(ownerId: string): Attachment[] | undefined {
  return useLiveQuery(() => tables().attachments.where('ownerId').equals(ownerId).toArray(), [ownerId]);
}

export function useProgrammes(): Programme[] | undefined {
  return useLiveQuery(async () => (await tables().programmes.toArray()).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom)), []);
}

export function useEvents(): EmulationEvent[] | undefined {
  return useLiveQuery(async () => (await tables().events.toArray()).sort((a, b) => b.date.localeCompare(a.date)), []);
}
