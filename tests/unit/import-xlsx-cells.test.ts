import { test, expect } from '@playwright/test';
import { cellType, numberValue, plainNumber, T_INLINE, T_N, T_S, T_STR, valueText } from '../../src-renderer/src/workers/xlsx-cells';
import { XlsxFastPathRefused } from '../../src-renderer/src/workers/xlsx-zip';

const enc = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

test('valueText decodes as the strict TextDecoder does, and throws where it throws', () => {
  const texts = ['', 'STT', 'HTX Dịch vụ nông nghiệp số 1', 'Hợp tác xã Hoà Bình – Đồng Tháp', '€ ₫ ©', '𝐀 emoji 😀 4-byte', 'x'.repeat(200) + 'đ'];
  for (const t of texts) {
    const b = enc.encode(`<v>${t}</v>`);
    expect(valueText(b, 3, b.length - 4)).toBe(t);
  }
  const bad = [[0x41, 0xc3], [0xe1, 0xba], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xff], [0x80, 0x41]].map((a) => new Uint8Array(a));
  for (const b of bad) {
    expect(() => strict.decode(b)).toThrow();
    expect(() => valueText(b, 0, b.length)).toThrow();
  }
});

test('plainNumber reads integers of up to 15 digits exactly, NaN for anything else', () => {
  for (const s of ['0', '7', '-3', '1990', '100000000', '-2000000', '999999999999999']) {
    const b = enc.encode(s);
    expect(plainNumber(b, 0, b.length)).toBe(parseFloat(s));
  }
  for (const s of ['', '-', '1.5', '1e3', '1234567890123456', ' 1', '+1']) {
    const b = enc.encode(s);
    expect(plainNumber(b, 0, b.length)).toBeNaN();
  }
});

test('cell types and number kinds', () => {
  const type = (s: string) => {
    const b = enc.encode(s);
    return cellType(b, 0, b.length);
  };
  expect(type('n')).toBe(T_N);
  expect(type('s')).toBe(T_S);
  expect(type('str')).toBe(T_STR);
  expect(type('inlineStr')).toBe(T_INLINE);
  expect(() => type('d')).toThrow(XlsxFastPathRefused);
  expect(numberValue(38353, 0, false)).toBe(38353);
  expect(numberValue(38353, 1, false)).toBe('2005-01-01');
  expect(numberValue(42, 5, false)).toBe('00042');
  expect(numberValue(4.2, 5, false)).toBe(4.2);
});
