/**
 * Commit and undo of the import targets naming people and collectives (nominations into a round,
 * people, ratings, initiatives), through the db modules on the test harness: plans are built by the
 * real planner over small in-memory sheets, committed in one transaction, and undone.
 */
import { test, expect, type Page } from '@playwright/test';
import { openHarness } from '../fixtures/import/wizard';

type Cell = string | number | null;

const TABLES = ['units', 'people', 'nominations', 'ratings', 'initiatives', 'awards'] as const;

/** Installs window.__imp(target, rows, extra): plan the sheet against stored data and commit it; returns the batch. */
async function install(page: Page): Promise<void> {
  await openHarness(page);
  await page.evaluate(() => {
    const h = (window as any).harness;
    (window as any).__imp = async (target: string, rows: Cell[][], extra: Record<string, unknown> = {}) => {
      const [{ detectHeader }, { suggestMapping }, { buildPlan }, existingMod, { commitImport }, { getDb }] = await Promise.all([
        h.module('domain/import/header'),
        h.module('domain/import/fields'),
        h.module('domain/import/plan'),
        h.module('db/repositories/imports/existing'),
        h.module('db/repositories/imports/commit'),
        h.module('db/database'),
      ]);
      const db = getDb();
      const layout = detectHeader(rows);
      const mapping = suggestMapping(layout.names, target);
      const round = extra.roundId ? await db.rounds.get(extra.roundId) : undefined;
      const plan = buildPlan({
        target,
        sheets: [{ index: 0, name: 'DS', rows, layout }],
        mapping,
        existing: await existingMod.loadExistingIndex(target, db, { roundId: round?.id }),
        catalog: await existingMod.loadCatalogRefs(db),
        localities: { provinces: [], communes: [] },
        today: '2025-06-01',
        ...(round ? { round: { id: round.id, year: round.year } } : {}),
        ...extra,
      });
      const batch = await commitImport(
        {
          fileName: `${target}.xlsx`,
          sheets: ['DS'],
          target,
          startedAt: new Date().toISOString(),
          rows: plan.rows,
          counts: plan.counts,
          mapping: mapping.map((field: string, col: number) => ({ col, header: layout.names[col], field })).filter((m: { field: string }) => m.field),
          overwrite: (extra.overwrite as string[]) ?? [],
          ...(round ? { roundId: round.id } : {}),
        },
        undefined,
        db,
      );
      return { batch, statuses: plan.rows.map((r: { status: string }) => r.status), toCreate: plan.toCreate };
    };
  });
}

async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    async (tables) => {
      const { getDb } = await (window as any).harness.module('db/database');
      const out: Record<string, number> = {};
      for (const t of tables) out[t] = await getDb().table(t).count();
      return out;
    },
    TABLES as unknown as string[],
  );
}

async function undo(page: Page, batchId: string, force = false): Promise<string> {
  return page.evaluate(
    async ([id, f]) => {
      const { undoImport } = await (window as any).harness.module('db/repositories/imports/undo');
      try {
        await undoImport(id, { force: f });
        return 'ok';
      } catch (e) {
        return (e as Error).message;
      }
    },
    [batchId, force] as const,
  );
}

test('a nomination list into a round: new people, units and a household created, draft entries, repeats skipped; undo removes all of it', async ({ page }) => {
  await install(page);
  const setup = await page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    await seedCatalogAndRules();
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson } = await h.module('db/repositories/awards/people');
    const round = await createRound({ name: 'Khen thưởng năm 2025', year: 2025, type: 'nam' });
    const unit = await createUnit({ kind: 'htx', name: 'HTX Dương Liễu', taxCode: '0101234567', status: 'active', member: 0 });
    const person = await createPerson({ fullName: 'Nguyễn Thị Hoa', gender: 'nu', birthYear: 1980, unitId: unit.id });
    return { roundId: round.id, unitId: unit.id, personId: person.id };
  });
  const before = await counts(page);
  const rows: Cell[][] = [
    [
      'STT',
      'Phân loại khen thưởng',
      'Tên tập thể/cá nhân/hộ gia đình',
      'Năm sinh',
      'Chức vụ',
      'Đơn vị công tác',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
      'Ghi chú',
    ],
    [1, 'TAPTHE', 'HTX Dương Liễu', null, null, null, 'Giấy khen', 'Doanh thu tăng 20%', null],
    [2, 'TAPTHE', 'UBND Thành phố Đồng Hới', null, null, null, null, null, null],
    [3, 'CANHAN', 'Nguyễn Thị Hoa', 1980, 'Kế toán', 'HTX Dương Liễu', 'Lao động tiên tiến', null, 'Nữ, dân tộc Tày'],
    [4, 'CANHAN', 'Trần Mạnh Hải', 1975, 'Giám đốc', 'Sở Y tế', null, null, null],
    [5, 'CANHAN', 'Trần Mạnh Hải', 1975, 'Giám đốc', 'Sở Y tế', 'Chiến sĩ thi đua cơ sở', null, null],
    [6, 'HOGIADINH', 'Gia đình ông Lê Văn Hải', null, null, null, null, null, null],
    [7, 'TAPTHE', 'HTX Dương Liễu', null, null, null, 'GK', null, null],
  ];
  const result = await page.evaluate(
    ([r, roundId]) => (window as any).__imp('nominations', r, { roundId, defaultAwardCodes: { unit: 'TTLDTT', person: 'LDTT' } }),
    [rows, setup.roundId] as const,
  );
  expect(result.statuses).toEqual(['new', 'new', 'new', 'new', 'new', 'new', 'duplicate']);
  expect(result.toCreate).toEqual({ people: 1, units: 2 });
  expect(result.batch).toMatchObject({ roundId: setup.roundId, written: { created: { nominations: 6, people: 1, units: 2 } } });

  const stored = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const db = getDb();
    return { noms: await db.nominations.toArray(), people: await db.people.toArray(), units: await db.units.toArray(), audit: await db.auditLog.toArray() };
  });
  expect(stored.noms.every((n: any) => n.status === 'draft' && n.roundId === setup.roundId && n.importBatchId === result.batch.id)).toBe(true);
  const hoa = stored.noms.find((n: any) => n.recipientId === setup.personId);
  expect(hoa).toMatchObject({ recipientKind: 'person', catalogCode: 'LDTT', commendationType: 'thuong_xuyen', note: 'Nữ, dân tộc Tày' });
  expect(stored.noms.find((n: any) => n.recipientId === setup.unitId)).toMatchObject({ catalogCode: 'GK_TT', summary: 'Doanh thu tăng 20%' });
  const hai = stored.people.find((p: any) => p.fullName === 'Trần Mạnh Hải');
  expect(hai).toMatchObject({ origin: 'import', gender: 'nam', birthYear: 1975, position: 'Giám đốc', notes: 'Đơn vị: Sở Y tế', nameKey: 'tran manh hai' });
  expect(hai.unitId).toBeUndefined();
  expect(
    stored.noms
      .filter((n: any) => n.recipientId === hai.id)
      .map((n: any) => n.catalogCode)
      .sort(),
  ).toEqual(['CSTDCS', 'LDTT']);
  const household = stored.units.find((u: any) => u.name === 'Gia đình ông Lê Văn Hải');
  expect(household).toMatchObject({ kind: 'khac', notes: 'Hộ gia đình', origin: 'import', nameKey: 'gia dinh ong le van hai' });
  expect(stored.noms.find((n: any) => n.recipientId === household.id)).toMatchObject({ category: 'Hộ gia đình', catalogCode: 'TTLDTT' });
  expect(stored.audit.some((a: any) => a.table === 'importBatches' && /thêm 6 đề nghị khen thưởng/.test(a.summary))).toBe(true);

  // Importing the same list again: every entry is already in the round.
  const again = await page.evaluate(([r, roundId]) => (window as any).__imp('nominations', r.slice(0, 4), { roundId }).catch((e: Error) => e.message), [
    rows,
    setup.roundId,
  ] as const);
  expect(again).toContain('Không có dòng nào để ghi');

  expect(await undo(page, result.batch.id)).toBe('ok');
  expect(await counts(page)).toEqual(before);
});

test('undo of nominations is refused once an entry was processed, and always while a later record uses a person it created', async ({ page }) => {
  await install(page);
  const roundId = await page.evaluate(async () => {
    const h = (window as any).harness;
    await (await h.module('db/repositories/awards/catalog')).seedCatalogAndRules();
    return (await (await h.module('db/repositories/awards/rounds')).createRound({ name: 'Đợt 2025', year: 2025, type: 'nam' })).id;
  });
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Hình thức khen thưởng'],
    [1, 'Phạm Văn Đức', 'Nam', 'Lao động tiên tiến'],
  ];
  const { batch } = await page.evaluate(([r, id]) => (window as any).__imp('nominations', r, { roundId: id }), [rows, roundId] as const);
  await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const db = getDb();
    const n = (await db.nominations.toArray())[0];
    await db.nominations.put({ ...n, status: 'submitted', submittedAt: '2025-06-02' });
  });
  const refused = await undo(page, batch.id);
  expect(refused).toContain('đã được xử lý');

  // A rating typed later for the new person: undo would orphan it, forced or not.
  await page.evaluate(async () => {
    const h = (window as any).harness;
    const { getDb } = await h.module('db/database');
    const person = (await getDb().people.toArray())[0];
    await (await h.module('db/repositories/awards/people')).setRating('person', person.id, 2024, 'tot');
  });
  expect(await undo(page, batch.id, true)).toContain('kết quả xếp loại');
  await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    await getDb().ratings.clear();
  });
  expect(await undo(page, batch.id, true)).toBe('ok');
  expect(await counts(page)).toMatchObject({ people: 0, nominations: 0 });
});

test('ratings: new and replaced ratings; undo puts the replaced rating back', async ({ page }) => {
  await install(page);
  await page.evaluate(async () => {
    const h = (window as any).harness;
    const { createPerson, setRating } = await h.module('db/repositories/awards/people');
    const an = await createPerson({ fullName: 'Nguyễn Văn An', gender: 'nam', birthYear: 1970 });
    await createPerson({ fullName: 'Phạm Thị Bích', gender: 'nu', birthYear: 1985 });
    await setRating('person', an.id, 2025, 'hoan_thanh');
  });
  const before = await page.evaluate(async () => (await (window as any).harness.module('db/database')).getDb().ratings.toArray());
  const beforeCounts = await counts(page);
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Năm sinh', 'Kết quả đánh giá, xếp loại', 'Nghỉ thai sản'],
    [1, 'Nguyễn Văn An', 1970, 'Hoàn thành xuất sắc nhiệm vụ', null],
    [2, 'Phạm Thị Bích', 1985, 'HTTNV', 'x'],
    [3, 'Hoàng Văn Cừ', 1992, 'HTNV', null],
  ];
  const { batch, statuses } = await page.evaluate((r) => (window as any).__imp('ratings', r, { defaultYear: 2025 }), rows);
  expect(statuses).toEqual(['update', 'new', 'new']);
  expect(batch.written).toEqual({ created: { ratings: 2, people: 1 }, updated: { ratings: 1 } });
  const after = await page.evaluate(async () => (await (window as any).harness.module('db/database')).getDb().ratings.toArray());
  expect(after.map((r: any) => r.rating).sort()).toEqual(['hoan_thanh', 'tot', 'xuat_sac']);
  expect(after.find((r: any) => r.rating === 'tot')).toMatchObject({ leave: 'thai_san', year: 2025, recipientKind: 'person' });

  expect(await undo(page, batch.id)).toBe('ok');
  const restored = await page.evaluate(async () => (await (window as any).harness.module('db/database')).getDb().ratings.toArray());
  expect(restored).toEqual(before);
  expect(await counts(page)).toEqual(beforeCounts);
});

test('people: stored people completed (blanks only) and new ones added; undo restores and removes', async ({ page }) => {
  await install(page);
  const ids = await page.evaluate(async () => {
    const h = (window as any).harness;
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson } = await h.module('db/repositories/awards/people');
    const unit = await createUnit({ kind: 'htx', name: 'HTX Dương Liễu', status: 'active', member: 0 });
    const an = await createPerson({ fullName: 'Nguyễn Văn An', gender: 'nam', birthYear: 1970, position: 'Giám đốc', unitId: unit.id });
    return { unitId: unit.id, anId: an.id };
  });
  const anBefore = await page.evaluate(async (id) => (await (window as any).harness.module('db/database')).getDb().people.get(id), ids.anId);
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Năm sinh - Nam', 'Năm sinh - Nữ', 'Dân tộc', 'Chức vụ', 'Đơn vị công tác', 'Điện thoại'],
    [1, 'Nguyễn Văn An', 1970, null, 'Kinh', 'Chủ tịch HĐQT', 'HTX Dương Liễu', '0912345678'],
    [2, 'Phạm Thị Bích', null, 1985, 'Tày', 'Kế toán', 'HTX Dương Liễu', '0987654321'],
  ];
  const { batch, statuses } = await page.evaluate((r) => (window as any).__imp('people', r), rows);
  expect(statuses).toEqual(['update', 'new']);
  expect(batch.written).toEqual({ created: { people: 1 }, updated: { people: 1 } });
  const people = await page.evaluate(async () => (await (window as any).harness.module('db/database')).getDb().people.toArray());
  // Blanks filled, the stored position kept (not chosen for overwrite).
  expect(people.find((p: any) => p.id === ids.anId)).toMatchObject({ position: 'Giám đốc', ethnicity: 'Kinh', phone: '0912345678' });
  expect(people.find((p: any) => p.fullName === 'Phạm Thị Bích')).toMatchObject({ gender: 'nu', birthYear: 1985, unitId: ids.unitId, phone: '0987654321' });

  expect(await undo(page, batch.id)).toBe('ok');
  const back = await page.evaluate(async () => (await (window as any).harness.module('db/database')).getDb().people.toArray());
  expect(back).toEqual([anBefore]);
});

test('initiatives: one record per author found, one without an author otherwise; undo removes them', async ({ page }) => {
  await install(page);
  const anId = await page.evaluate(async () => {
    const { createPerson } = await (window as any).harness.module('db/repositories/awards/people');
    return (await createPerson({ fullName: 'Nguyễn Văn An', gender: 'nam' })).id;
  });
  const rows: Cell[][] = [
    ['STT', 'Tên đề tài', 'Ngày công nhận', 'Đơn vị công nhận', 'Tên tác giả', 'Số quyết định'],
    [1, 'Máy sấy lúa tiết kiệm điện', '15/06/2024', 'Sở Khoa học và Công nghệ', 'Nguyễn Văn An', '12/QĐ-SKHCN'],
    [2, 'Đề tài cải cách 1', null, null, 'Trần Văn Lạ', null],
  ];
  const { batch, statuses } = await page.evaluate((r) => (window as any).__imp('initiatives', r, { defaultYear: 2025 }), rows);
  expect(statuses).toEqual(['new', 'new']);
  expect(batch.written.created).toEqual({ initiatives: 2 });
  const stored = await page.evaluate(async () => (await (window as any).harness.module('db/database')).getDb().initiatives.toArray());
  expect(stored.find((i: any) => i.personId === anId)).toMatchObject({
    title: 'Máy sấy lúa tiết kiệm điện',
    year: 2024,
    level: 'bo_tinh',
    recognisedDate: '2024-06-15',
    decisionNumber: '12/QĐ-SKHCN',
    authors: 'Nguyễn Văn An',
  });
  expect(stored.find((i: any) => !i.personId)).toMatchObject({ title: 'Đề tài cải cách 1', year: 2025, level: 'co_so', authors: 'Trần Văn Lạ' });
  expect(await undo(page, batch.id)).toBe('ok');
  expect((await counts(page)).initiatives).toBe(0);
});
