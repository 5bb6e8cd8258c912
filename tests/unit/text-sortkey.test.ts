import { test, expect } from '@playwright/test';
import { viSortKey } from '@/domain/text/sortKey';
import { viCollator } from '@/domain/text/collate';

const byKey = (a: string, b: string) => (viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0);

test('sort key puts Vietnamese letters in alphabet order', () => {
  const names = ['Ưu', 'Uyên', 'Đông', 'Dương', 'Ân', 'Ăn', 'An', 'Bình', 'Ơn', 'Ông', 'Ong', 'Êm', 'Em'];
  expect([...names].sort(byKey)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dương', 'Đông', 'Em', 'Êm', 'Ong', 'Ông', 'Ơn', 'Uyên', 'Ưu']);
});

test('numbers inside names sort by value, spaces before letters', () => {
  expect(['HTX số 10', 'HTX số 9', 'HTX số 100', 'HTX số 09'].sort(byKey)).toEqual(['HTX số 9', 'HTX số 09', 'HTX số 10', 'HTX số 100']);
  expect(['Anh', 'An Phú'].sort(byKey)).toEqual(['An Phú', 'Anh']);
});

test('agrees with Intl.Collator("vi") on generated cooperative names', () => {
  const syllables = [
    'an',
    'ăn',
    'ấp',
    'bình',
    'cường',
    'dương',
    'đồng',
    'hòa',
    'hoà',
    'hưng',
    'kim',
    'liễu',
    'lợi',
    'minh',
    'nông',
    'phú',
    'phát',
    'tân',
    'thành',
    'thắng',
    'thọ',
    'tây',
    'ưu',
    'uyên',
    'vạn',
    'xã',
    'yên',
    'Đan',
    'Hoài',
    'HTX',
    'số',
  ];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const names = Array.from({ length: 3000 }, () => {
    const n = 1 + Math.floor(rnd() * 4);
    const words = Array.from({ length: n }, () => syllables[Math.floor(rnd() * syllables.length)]!);
    if (rnd() < 0.2) words.push(String(Math.floor(rnd() * 200)));
    return words.join(' ');
  });
  const keyed = names.map((n) => [viSortKey(n), n] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const sorted = keyed.map(([, n]) => n);
  // Sorted by key must be non-decreasing for the collator at base strength.
  for (let i = 1; i < sorted.length; i++) {
    expect(viCollator.compare(sorted[i - 1]!, sorted[i]!), `${sorted[i - 1]} <= ${sorted[i]}`).toBeLessThanOrEqual(0);
  }
});
