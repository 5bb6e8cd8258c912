import { test, expect } from '@playwright/test';
import {
  applyToChunk,
  buildChunks,
  compareListRows,
  decodeChunk,
  directoryChunkOf,
  emptyChunk,
  encodeChunk,
  mergeChunks,
  toListRow,
  type DirectoryChunk,
  type UnitListRow,
} from '../../src-renderer/src/domain/registry/unitListRow';
import { viSortKey } from '../../src-renderer/src/domain/text/sortKey';
import { nameKey } from '../../src-renderer/src/domain/text/normalize';

function row(i: number, name: string, extra: Partial<UnitListRow> = {}): UnitListRow {
  return toListRow({
    id: `u-${i}`,
    kind: i % 3 ? 'htx' : 'tht',
    name,
    status: 'active',
    member: (i % 2) as 0 | 1,
    searchWords: nameKey(name).split(' '),
    nameKey: nameKey(name),
    sortKey: viSortKey(name),
    ...extra,
  });
}

test('a chunk keeps every field through encoding, optional ones absent when they were', () => {
  const rows = [
    row(1, 'HTX Dương Liễu', {
      taxCode: '0101234567',
      provinceCode: '01',
      communeCode: '00004',
      address: 'Thôn 3, xã An Khánh',
      sector: 'nong_nghiep',
      memberSince: 2015,
    }),
    row(2, 'THT Ấp Bắc'),
    row(3, 'HTX tên có \u001f ký tự lạ'),
  ];
  const back = decodeChunk(encodeChunk(7, rows));
  expect(back.slice(0, 2).map(toListRow)).toEqual(rows.slice(0, 2));
  expect(back[0]!.searchWords).toEqual(['htx', 'duong', 'lieu']);
  // The separator inside a value becomes a space; the row still has all its columns.
  expect(back[2]!.name).toBe('HTX tên có   ký tự lạ');
  expect(back[2]!.nameKey).toBe(rows[2]!.nameKey);
  expect(decodeChunk(emptyChunk(3))).toEqual([]);
});

test('applying writes chunk by chunk gives the bytes of a full rebuild; merged rows come in Vietnamese order', () => {
  const names = ['HTX Đồng Phú', 'HTX Dương Liễu', 'THT Ấp Bắc', 'HTX An Bình', 'HTX Ông Ích Khiêm', 'HTX Ý Yên', 'HTX Bắc Sơn'];
  let s = 7;
  const rnd = (n: number) => ((s = (s * 1103515245 + 12345) & 0x7fffffff), (s >>> 8) % n);
  const stored = new Map<string, UnitListRow>();
  const chunks = new Map<number, DirectoryChunk>();
  for (let step = 0; step < 3000; step++) {
    const i = rnd(400);
    const id = `u-${i}`;
    const del = rnd(5) === 0;
    const k = directoryChunkOf(id);
    const before = chunks.get(k) ?? emptyChunk(k);
    if (del) {
      stored.delete(id);
      chunks.set(k, applyToChunk(before, [], new Set([id])));
    } else {
      const u = row(i, `${names[rnd(names.length)]} ${rnd(50)}`, rnd(2) ? { provinceCode: '79' } : {});
      stored.set(id, u);
      chunks.set(k, applyToChunk(before, [u], new Set()));
    }
  }
  const incremental = [...chunks.values()].filter((c) => c.count > 0).sort((a, b) => a.id - b.id);
  expect(JSON.stringify(incremental)).toBe(JSON.stringify(buildChunks(stored.values())));
  const merged = mergeChunks(incremental);
  expect(merged.map((r) => r.id)).toEqual([...stored.values()].sort(compareListRows).map((r) => r.id));
  const viOrder = [...merged].sort((a, b) => new Intl.Collator('vi').compare(a.name, b.name));
  expect(merged.map((r) => r.name.split(' ').slice(0, -1).join(' '))).toEqual(viOrder.map((r) => r.name.split(' ').slice(0, -1).join(' ')));
});
