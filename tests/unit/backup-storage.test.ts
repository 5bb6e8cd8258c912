import { test, expect } from '@playwright/test';
import { formatBytes, storageLevel } from '../../src-renderer/src/domain/backup/storage';

test('storage warning starts at 80% of the quota', () => {
  expect(storageLevel({ persisted: true, usage: 790, quota: 1000 })).toBe('ok');
  expect(storageLevel({ persisted: true, usage: 800, quota: 1000 })).toBe('warn');
  expect(storageLevel({ persisted: null, usage: null, quota: null })).toBe('unknown');
  expect(storageLevel({ persisted: false, usage: 5, quota: 0 })).toBe('unknown');
});

test('sizes read the Vietnamese way', () => {
  expect(formatBytes(512)).toBe('512 byte');
  expect(formatBytes(1536)).toBe('1,5 KB');
  expect(formatBytes(10 * 1024 ** 3)).toBe('10 GB');
});
