import type { MenuItemConstructorOptions } from 'electron';

/** The Vietnamese application menu (a plain template; index.ts builds it with Menu.buildFromTemplate). */

export interface MenuActions {
  isPackaged: boolean;
  backupNow(): void;
  print(): void;
  showAbout(): void;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload' },
    { type: 'separator' },
    { label: 'Phóng to', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { label: 'Thu nhỏ', role: 'zoomOut' },
    { label: 'Cỡ gốc', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen' },
  ];
  if (!actions.isPackaged) view.push({ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' });
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Sao lưu ngay', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.backupNow() },
        { label: 'In…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu', click: () => actions.showAbout() }],
    },
  ];
}

/** Text of the "Giới thiệu" dialog. */
export function aboutText(version: string): { title: string; message: string; detail: string } {
  return {
    title: 'Giới thiệu',
    message: `Thi đua HTX — phiên bản ${version}`,
    detail:
      'Quản lý thi đua, khen thưởng cho Liên minh Hợp tác xã.\n' + 'Ứng dụng chạy hoàn toàn trên máy này (không cần Internet); dữ liệu được sao lưu tự động.',
  };
}
