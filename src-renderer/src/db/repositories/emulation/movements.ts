import type { Attachment, Movement, MovementRegistration } from '@/domain/emulation/types';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite, addAuditEntries } from '../../audit';
import { newId, nowIso } from '../../ids';
import { emulationTables, EmulationInputError } from './tables';

export type MovementInput = Omit<Movement, 'id' | 'createdAt' | 'updatedAt'>;

function prepare(input: MovementInput): MovementInput {
  const m = {
    ...input,
    name: cleanText(input.name),
    launchingBody: cleanText(input.launchingBody ?? ''),
    content: (input.content ?? '').trim(),
    criteriaText: (input.criteriaText ?? '').trim(),
  };
  if (!m.name) throw new EmulationInputError('Chưa nhập tên phong trào.');
  if (!m.periodFrom || !m.periodTo) throw new EmulationInputError('Chưa nhập thời gian thực hiện (từ ngày, đến ngày).');
  if (m.periodTo < m.periodFrom) throw new EmulationInputError('Ngày kết thúc phải sau ngày bắt đầu.');
  return m;
}

export async function createMovement(input: MovementInput, db: AppDatabase = getDb()): Promise<Movement> {
  const t = emulationTables(db);
  const data = prepare(input);
  return auditedWrite(db, [t.movements], async ({ audit }) => {
    const now = nowIso();
    const m: Movement = { ...data, id: newId(), createdAt: now, updatedAt: now };
    await t.movements.add(m);
    await audit({ action: 'create', table: 'movements', recordId: m.id, summary: `Thêm phong trào "${m.name}"`, after: m });
    return m;
  });
}

export async function updateMovement(id: string, input: MovementInput, db: AppDatabase = getDb()): Promise<Movement> {
  const t = emulationTables(db);
  const data = prepare(input);
  return auditedWrite(db, [t.movements], async ({ audit }) => {
    const before = await t.movements.get(id);
    if (!before) throw new EmulationInputError('Phong trào không còn tồn tại.');
    const m: Movement = { ...before, ...data, updatedAt: nowIso() };
    await t.movements.put(m);
    await audit({ action: 'update', table: 'movements', recordId: id, summary: `Sửa phong trào "${m.name}"`, before, after: m });
    return m;
  });
}

/** Deletes the movement with its registrations and attachments. */
export async function deleteMovement(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.movements, t.registrations, t.attachments], async ({ audit }) => {
    const before = await t.movements.get(id);
    if (!before) return;
    const regs = await t.registrations.where('movementId').equals(id).toArray();
    const files = await t.attachments.where('ownerId').equals(id).primaryKeys();
    await t.registrations.bulkDelete(regs.map((r) => r.id));
    await t.attachments.bulkDelete(files);
    await t.movements.delete(id);
    await audit({
      action: 'delete',
      table: 'movements',
      recordId: id,
      summary: `Xóa phong trào "${before.name}" (${regs.length} đăng ký, ${files.length} tệp)`,
      before: { movement: before, registrations: regs },
    });
  });
}

// ---------------------------------------------------------------- registrations

export type RegistrationInput = Pick<MovementRegistration, 'unitId' | 'targets' | 'registeredDate' | 'notes'>;

export async function registerUnit(movementId: string, input: RegistrationInput, db: AppDatabase = getDb()): Promise<MovementRegistration> {
  const t = emulationTables(db);
  if (!input.unitId) throw new EmulationInputError('Chưa chọn đơn vị đăng ký.');
  if (!input.targets.trim()) throw new EmulationInputError('Chưa nhập chỉ tiêu đăng ký.');
  return auditedWrite(db, [t.registrations, t.movements, db.units], async ({ audit }) => {
    const unit = await db.units.get(input.unitId);
    if (!unit) throw new EmulationInputError('Đơn vị không còn tồn tại.');
    const existing = await t.registrations.where('[movementId+unitId]').equals([movementId, input.unitId]).first();
    if (existing) throw new EmulationInputError(`"${unit.name}" đã đăng ký phong trào này.`);
    const now = nowIso();
    const r: MovementRegistration = {
      id: newId(),
      movementId,
      unitId: input.unitId,
      targets: input.targets.trim(),
      source: 'manual',
      createdAt: now,
      updatedAt: now,
      ...(input.registeredDate ? { registeredDate: input.registeredDate } : {}),
      ...(input.notes?.trim() ? { notes: input.notes.trim() } : {}),
    };
    await t.registrations.add(r);
    await audit({ action: 'create', table: 'movementRegistrations', recordId: r.id, summary: `Đăng ký thi đua: "${unit.name}"`, after: r });
    return r;
  });
}

export async function updateRegistration(id: string, input: Omit<RegistrationInput, 'unitId'>, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.registrations], async ({ audit }) => {
    const before = await t.registrations.get(id);
    if (!before) throw new EmulationInputError('Bản đăng ký không còn tồn tại.');
    const after: MovementRegistration = {
      ...before,
      targets: input.targets.trim(),
      registeredDate: input.registeredDate,
      notes: input.notes,
      updatedAt: nowIso(),
    };
    await t.registrations.put(after);
    await audit({ action: 'update', table: 'movementRegistrations', recordId: id, summary: 'Sửa bản đăng ký thi đua', before, after });
  });
}

export async function removeRegistration(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.registrations], async ({ audit }) => {
    const before = await t.registrations.get(id);
    if (!before) return;
    await t.registrations.delete(id);
    await audit({ action: 'delete', table: 'movementRegistrations', recordId: id, summary: 'Xóa bản đăng ký thi đua', before });
  });
}

export interface ImportedRegistration {
  unitId: string;
  targets: string;
  registeredDate?: string;
  notes?: string;
}

/**
 * Registrations from a spreadsheet in one transaction: a unit already registered gets its targets
 * replaced, others are added. Returns counts.
 */
export async function importRegistrations(
  movementId: string,
  rows: ImportedRegistration[],
  fileName: string,
  db: AppDatabase = getDb(),
): Promise<{ added: number; updated: number }> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.registrations, t.movements], async () => {
    const movement = await t.movements.get(movementId);
    if (!movement) throw new EmulationInputError('Phong trào không còn tồn tại.');
    const existing = new Map((await t.registrations.where('movementId').equals(movementId).toArray()).map((r) => [r.unitId, r]));
    const batchId = newId();
    const now = nowIso();
    const out: MovementRegistration[] = [];
    let added = 0;
    let updated = 0;
    for (const row of rows) {
      const prev = existing.get(row.unitId);
      if (prev) updated++;
      else added++;
      const r: MovementRegistration = {
        ...(prev ?? { id: newId(), movementId, unitId: row.unitId, createdAt: now }),
        targets: row.targets,
        registeredDate: row.registeredDate,
        notes: row.notes,
        source: 'import',
        importBatchId: batchId,
        updatedAt: now,
      };
      existing.set(row.unitId, r);
      out.push(r);
    }
    await t.registrations.bulkPut(out);
    await addAuditEntries(db, [
      {
        action: 'import',
        table: 'movementRegistrations',
        recordId: movementId,
        summary: `Nhập ${added + updated} đăng ký thi đua từ "${fileName}" cho phong trào "${movement.name}" (${added} mới, ${updated} cập nhật)`,
      },
    ]);
    return { added, updated };
  });
}

// ---------------------------------------------------------------- attachments

export async function addAttachment(
  ownerTable: string,
  ownerId: string,
  file: { name: string; type?: string; data: Uint8Array },
  db: AppDatabase = getDb(),
): Promise<Attachment> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.attachments], async ({ audit }) => {
    const a: Attachment = {
      id: newId(),
      ownerTable,
      ownerId,
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      size: file.data.byteLength,
      blob: new Blob([file.data as BlobPart], { type: file.type || 'application/octet-stream' }),
      createdAt: nowIso(),
    };
    await t.attachments.add(a);
    const { blob: _blob, ...meta } = a;
    await audit({ action: 'create', table: 'attachments', recordId: a.id, summary: `Đính kèm tệp "${a.fileName}"`, after: meta });
    return a;
  });
}

export async function removeAttachment(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.attachments], async ({ audit }) => {
    const before = await t.attachments.get(id);
    if (!before) return;
    await t.attachments.delete(id);
    const { blob: _blob, ...meta } = before;
    await audit({ action: 'delete', table: 'attachments', recordId: id, summary: `Xóa tệp đính kèm "${before.fileName}"`, before: meta });
  });
}

export async function listAttachments(ownerId: string, db: AppDatabase = getDb()): Promise<Attachment[]> {
  return emulationTables(db).attachments.where('ownerId').equals(ownerId).toArray();
}
