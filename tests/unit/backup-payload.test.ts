import { test, expect } from '@playwright/test';
import { BackupError } from '../../src-renderer/src/domain/backup/container';
import { BACKUP_ERROR } from '../../src-renderer/src/domain/backup/labels';
import { readDexiePayload, type PayloadTableSchema } from '../../src-renderer/src/domain/backup/payload';

const SCHEMA: PayloadTableSchema[] = [
  { name: 'units', primKeySrc: 'id', keyPath: 'id', auto: false },
  { name: 'auditLog', primKeySrc: '++id', keyPath: 'id', auto: true },
  { name: 'blobs', primKeySrc: '', keyPath: null, auto: false },
  { name: 'summarySnapshots', primKeySrc: 'key', keyPath: 'key', auto: false },
];

function exportJson(data: Array<{ tableName: string; inbound: boolean; rows: unknown }>, patch: Record<string, unknown> = {}): string {
  const schemaOf: Record<string, string> = { units: 'id,taxCode', auditLog: '++id,at', blobs: '', summarySnapshots: 'key' };
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'thi-dua-htx',
      databaseVersion: 6,
      tables: data.map((d) => ({ name: d.tableName, schema: schemaOf[d.tableName] ?? 'id', rowCount: Array.isArray(d.rows) ? d.rows.length : 0 })),
      data,
      ...patch,
    },
  });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(BackupError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

test('plain rows are kept as they are; rows with typeson $types are set apart for the library to revive', () => {
  const units = [
    { id: 'u1', name: 'HTX Dương Liễu', years: [{ year: 2024, members: 12 }] },
    { id: 'u2', name: 'HTX Phú Thắng', note: null },
  ];
  const encoded = { id: 'u3', name: 'có ngày', at: 1719800000000, $types: { at: 'date' } };
  const parsed = readDexiePayload(
    exportJson([
      { tableName: 'units', inbound: true, rows: [...units, encoded] },
      { tableName: 'auditLog', inbound: true, rows: [{ action: 'create' }, { id: 7, action: 'edit' }] },
      {
        tableName: 'blobs',
        inbound: false,
        rows: [
          ['k1', { a: 1 }],
          [2, 'text'],
        ],
      },
      { tableName: 'summarySnapshots', inbound: true, rows: [{ key: 'cache' }] },
    ]),
    SCHEMA,
    6,
    ['summarySnapshots'],
  );
  expect(parsed.tables.get('units')).toMatchObject({ inbound: true, schema: 'id,taxCode', values: units, encoded: [encoded] });
  expect(parsed.tables.get('auditLog')!.values).toHaveLength(2);
  expect(parsed.tables.get('blobs')).toMatchObject({ inbound: false, keys: ['k1', 2], values: [{ a: 1 }, 'text'], encoded: [] });
  // Caches are not restored: their rows are skipped.
  expect(parsed.tables.has('summarySnapshots')).toBe(false);
  expect(parsed.totalRows).toBe(7);
});

test('a malformed payload is refused with the payload message', () => {
  const ok = { tableName: 'units', inbound: true, rows: [{ id: 'u1' }] };
  const cases: Array<[string, string]> = [
    ['not JSON', 'đây không phải JSON'],
    ['cut JSON', exportJson([ok]).slice(0, 60)],
    ['not a dexie export', JSON.stringify({ formatName: 'other', formatVersion: 1, data: {} })],
    ['newer dexie format', JSON.stringify({ formatName: 'dexie', formatVersion: 2, data: {} })],
    ['other schema version', exportJson([ok], { databaseVersion: 5 })],
    ['data not an array', exportJson([ok], { data: { units: [] } })],
    ['unknown table', exportJson([ok, { tableName: 'khongTonTai', inbound: true, rows: [] }])],
    ['rows not an array', exportJson([{ tableName: 'units', inbound: true, rows: { id: 'u1' } }])],
    ['row without its key', exportJson([{ tableName: 'units', inbound: true, rows: [{ id: 'u1' }, { name: 'không khóa' }] }])],
    ['row that is not an object', exportJson([{ tableName: 'units', inbound: true, rows: ['u1'] }])],
    ['key of a wrong type', exportJson([{ tableName: 'units', inbound: true, rows: [{ id: { x: 1 } }] }])],
    ['in-line/out-of-line mismatch', exportJson([{ tableName: 'units', inbound: false, rows: [] }])],
    ['out-of-line row not a pair', exportJson([{ tableName: 'blobs', inbound: false, rows: [['k1']] }])],
    ['table missing from the table list', exportJson([ok], { tables: [] })],
  ];
  for (const [label, text] of cases) {
    expect(
      refusal(() => readDexiePayload(text, SCHEMA, 6)),
      label,
    ).toBe(BACKUP_ERROR.payload);
  }
  // A changed primary key (schema string) is refused too, as dexie-export-import refuses it.
  const changedKey = JSON.parse(exportJson([ok]));
  changedKey.data.tables[0].schema = 'code,name';
  expect(refusal(() => readDexiePayload(JSON.stringify(changedKey), SCHEMA, 6))).toBe(BACKUP_ERROR.payload);
  expect(BACKUP_ERROR.payload).toContain('Dữ liệu hiện tại không bị thay đổi');
});
