import type { MenuItemConstructorOptions } from 'electron';
import { expect, test } from '@playwright/test';
import { aboutText, buildMenuTemplate } from '../../src-main/main/menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
}
function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = items.find((i) => i.label === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu ${label}`);
  return item.submenu as MenuItemConstructorOptions[];
}

test('the menu is in Vietnamese, in the expected order', () => {
  const calls: string[] = [];
  const menu = buildMenuTemplate({
    isPackaged: true,
    backupNow: () => calls.push('backup'),
    print: () => calls.push('print'),
    showAbout: () => calls.push('about'),
  });
  expect(labels(menu)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
  expect(labels(submenu(menu, 'Tệp'))).toEqual(['Sao lưu ngay', 'In…', 'Thoát']);
  expect(labels(submenu(menu, 'Chỉnh sửa'))).toEqual(['Hoàn tác', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả']);
  expect(labels(submenu(menu, 'Xem'))).toEqual(['Tải lại', 'Phóng to', 'Thu nhỏ', 'Cỡ gốc', 'Toàn màn hình']);
  expect(labels(submenu(menu, 'Trợ giúp'))).toEqual(['Giới thiệu']);

  // The actions are wired to the right items.
  for (const [menuLabel, itemLabel] of [
    ['Tệp', 'Sao lưu ngay'],
    ['Tệp', 'In…'],
    ['Trợ giúp', 'Giới thiệu'],
  ] as const) {
    const item = submenu(menu, menuLabel).find((i) => i.label === itemLabel);
    (item?.click as () => void)();
  }
  expect(calls).toEqual(['backup', 'print', 'about']);
  expect(submenu(menu, 'Tệp').find((i) => i.label === 'Thoát')?.role).toBe('quit');
});

test('developer tools appear only when not packaged', () => {
  const noop = (): void => undefined;
  const dev = buildMenuTemplate({ isPackaged: false, backupNow: noop, print: noop, showAbout: noop });
  const shipped = buildMenuTemplate({ isPackaged: true, backupNow: noop, print: noop, showAbout: noop });
  expect(labels(submenu(dev, 'Xem'))).toContain('Công cụ phát triển');
  expect(JSON.stringify(shipped)).not.toContain('toggleDevTools');
});

test('the about text names the app version', () => {
  expect(aboutText('1.2.3').message).toBe('Thi đua HTX — phiên bản 1.2.3');
});
