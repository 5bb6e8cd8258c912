import type { EmulationEvent, Programme } from '@/domain/emulation/types';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { emulationTables, EmulationInputError } from './tables';

export type ProgrammeInput = Omit<Programme, 'id' | 'createdAt' | 'updatedAt'>;

function prepareProgramme(input: ProgrammeInput): ProgrammeInput {
  const p = {
    ...input,
    name: cleanText(input.name ?? ''),
    partnerBody: cleanText(input.partnerBody ?? ''),
    content: (input.content ?? '').trim(),
    movementIds: input.movementIds ?? [],
  };
  if (!p.partnerBody) throw new EmulationInputError('Chưa nhập cơ quan phối hợp.');
  if (!p.periodFrom || !p.periodTo) throw new EmulationInputError('Chưa nhập thời gian thực hiện.');
  if (p.periodTo < p.periodFrom) throw new EmulationInputError('Ngày kết thúc phải sau ngày bắt đầu.');
  if (!p.name) p.name = `Chương trình phối hợp với ${p.partnerBody}`;
  return p;
}

/** Create (no id) or update a cooperation programme. */
export async function saveProgramme(id: string | undefined, input: ProgrammeInput, db: AppDatabase = getDb()): Promise<Programme> {
  const t = emulationTables(db);
  const data = prepareProgramme(input);
  return auditedWrite(db, [t.programmes], async ({ audit }) => {
    const before = id ? await t.programmes.get(id) : undefined;
    const now = nowIso();
    const p: Programme = { ...data, id: before?.id ?? newId(), createdAt: before?.createdAt ?? now, updatedAt: now };
    await t.programmes.put(p);
    await audit({
      action: before ? 'update' : 'create',
      table: 'programmes',
      recordId: p.id,
      summary: `${before ? 'Sửa' : 'Thêm'} chương trình phối hợp "${p.name}"`,
      before,
      after: p,
    });
    return p;
  });
}

export async function deleteProgramme(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.programmes], async ({ audit }) => {
    const before = await t.programmes.get(id);
    if (!before) return;
    await t.programmes.delete(id);
    await audit({ action: 'delete', table: 'programmes', recordId: id, summary: `Xóa chương trình phối hợp "${before.name}"`, before });
  });
}

export type EventInput = Omit<EmulationEvent, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveEvent(id: string | undefined, input: EventInput, db: AppDatabase = getDb()): Promise<EmulationEvent> {
  const t = emulationTables(db);
  const data: EventInput = { ...input, title: cleanText(input.title ?? ''), place: cleanText(input.place ?? '') };
  if (!data.title) throw new EmulationInputError('Chưa nhập tên sự kiện.');
  if (!data.date) throw new EmulationInputError('Chưa nhập ngày tổ chức.');
  if (data.participants !== undefined && (data.participants < 0 || !Number.isInteger(data.participants))) {
    throw new EmulationInputError('Số người tham dự phải là số nguyên không âm.');
  }
  return auditedWrite(db, [t.events], async ({ audit }) => {
    const before = id ? await t.events.get(id) : undefined;
    const now = nowIso();
    const e: EmulationEvent = { ...data, id: before?.id ?? newId(), createdAt: before?.createdAt ?? now, updatedAt: now };
    await t.events.put(e);
    await audit({
      action: before ? 'update' : 'create',
      table: 'events',
      recordId: e.id,
      summary: `${before ? 'Sửa' : 'Thêm'} sự kiện "${e.title}"`,
      before,
      after: e,
    });
    return e;
  });
}

export async function deleteEvent(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.events], async ({ audit }) => {
    const before = await t.events.get(id);
    if (!before) return;
    await t.events.delete(id);
    await audit({ action: 'delete', table: 'events', recordId: id, summary: `Xóa sự kiện "${before.title}"`, before });
  });
}
