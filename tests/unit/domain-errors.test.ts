import { test, expect } from '@playwright/test';
import {
  UNEXPECTED_ERROR,
  UserError,
  columnLetter,
  deserializeError,
  errorDetail,
  errorMessage,
  formatLocation,
  isUserError,
  serializeError,
  type SerializedError,
} from '@/domain/errors';
import { BackupError } from '@/domain/backup/container';
import { PackageReadError } from '@/domain/summary/package-workbook';
import { formatDateLine } from '@/domain/print/dateLine';
import { ImportFileError, readSpreadsheet } from '../../src-renderer/src/workers/import-read';

/** Through a real postMessage (structured clone), as between the import worker and the window. */
async function postMessageRoundTrip<T>(value: T): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  try {
    const received = new Promise<T>((resolve) => {
      port2.onmessage = (e: MessageEvent<T>) => resolve(e.data);
    });
    port1.postMessage(value);
    return await received;
  } finally {
    port1.close();
    port2.close();
  }
}

test('UserError: the Vietnamese message as is, without a location', () => {
  const e = new UserError('Họ và tên là bắt buộc.');
  expect(e).toBeInstanceOf(Error);
  expect(e.message).toBe('Họ và tên là bắt buộc.');
  expect(e.text).toBe('Họ và tên là bắt buộc.');
  expect(e.location).toBeUndefined();
  expect(e.name).toBe('UserError');
  expect(isUserError(e)).toBe(true);
});

test('UserError: the location goes first, always as "Tệp …, trang …, dòng …, cột …"', () => {
  const e = new UserError('"abc" không phải là số.', { file: 'bao-cao.xlsx', sheet: 'Tổng hợp', row: 12, column: 2 });
  expect(e.message).toBe('Tệp "bao-cao.xlsx", trang "Tổng hợp", dòng 12, cột C: "abc" không phải là số.');
  expect(e.text).toBe('"abc" không phải là số.');
  expect(e.location).toEqual({ file: 'bao-cao.xlsx', sheet: 'Tổng hợp', row: 12, column: 2 });
  // Only the known parts, in the same order; the first one capitalised.
  expect(formatLocation({ file: 'a.csv', row: 3 })).toBe('Tệp "a.csv", dòng 3');
  expect(formatLocation({ sheet: 'Sheet1', column: 'Mã số thuế' })).toBe('Trang "Sheet1", cột Mã số thuế');
  expect(formatLocation({ row: 7 })).toBe('Dòng 7');
  expect(new UserError('Thiếu tên.', {}).message).toBe('Thiếu tên.');
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
});

test('errors meant for the user are UserErrors by type; others are unexpected', () => {
  expect(isUserError(new ImportFileError('Tệp "x.xlsx" rỗng (0 byte), không có gì để nhập.'))).toBe(true);
  expect(isUserError(new BackupError('Tệp không phải bản sao lưu.'))).toBe(true);
  expect(isUserError(new PackageReadError('thiếu tên đơn vị gửi.'))).toBe(true);
  expect(() => formatDateLine('Hà Nội', '05/01/2025')).toThrow(UserError);
  expect(() => readSpreadsheet('rong.xlsx', new Uint8Array())).toThrow(UserError);
  // Diacritics do not make a message the user's: only the type does.
  expect(isUserError(new Error('Lỗi có dấu tiếng Việt'))).toBe(false);
  expect(isUserError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
});

test('errorMessage: a UserError shows its message, anything else the generic text plus details', () => {
  expect(errorMessage(new UserError('Không tìm thấy đề nghị.'))).toBe('Không tìm thấy đề nghị.');
  expect(errorMessage(new Error('QuotaExceededError'))).toBe(`${UNEXPECTED_ERROR}: QuotaExceededError`);
  expect(errorMessage(new Error('boom'))).toBe('Đã xảy ra lỗi không mong đợi: boom');
  expect(errorMessage('chuỗi')).toBe('Đã xảy ra lỗi không mong đợi: chuỗi');
  expect(errorMessage({ code: 7 })).toBe('Đã xảy ra lỗi không mong đợi: {"code":7}');
  expect(errorDetail(undefined)).toBe('undefined');
});

test('postMessage round trip: a UserError comes back a UserError with its message and location', async () => {
  const sent = new ImportFileError('ô quá dài.', { file: 'ds.xlsx', sheet: 'DS', row: 4, column: 'B' });
  const wire = await postMessageRoundTrip(serializeError(sent));
  expect(wire).toEqual({ tag: 'UserError', name: 'ImportFileError', text: 'ô quá dài.', location: { file: 'ds.xlsx', sheet: 'DS', row: 4, column: 'B' } });
  const back = deserializeError(wire);
  expect(back).toBeInstanceOf(UserError);
  expect(back.message).toBe('Tệp "ds.xlsx", trang "DS", dòng 4, cột B: ô quá dài.');
  expect(back.name).toBe('ImportFileError');
  expect(errorMessage(back)).toBe(sent.message);

  const plain = deserializeError(await postMessageRoundTrip(serializeError(new UserError('Hãy chọn ít nhất một trang tính.'))));
  expect(isUserError(plain)).toBe(true);
  expect(plain.message).toBe('Hãy chọn ít nhất một trang tính.');
});

test('postMessage round trip: anything else comes back unexpected, details and stack kept', async () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
  const wire: SerializedError = await postMessageRoundTrip(serializeError(bug));
  expect(wire.tag).toBe('UnexpectedError');
  const back = deserializeError(wire);
  expect(isUserError(back)).toBe(false);
  expect(back.name).toBe('TypeError');
  expect(back.stack).toBe(bug.stack);
  expect(errorMessage(back)).toBe("Đã xảy ra lỗi không mong đợi: Cannot read properties of undefined (reading 'rows')");
  // Thrown non-errors too.
  expect(errorMessage(deserializeError(await postMessageRoundTrip(serializeError('hỏng'))))).toBe('Đã xảy ra lỗi không mong đợi: hỏng');
});
