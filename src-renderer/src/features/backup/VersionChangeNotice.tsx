import { Button, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';

/** Event dispatched by db/database.ts when another window opens a newer database version. */
export const DB_VERSIONCHANGE_EVENT = 'thidua:db-versionchange';

/**
 * Another window or tab opened the data with a newer app version: this window has closed its
 * connection (so it cannot write over newer data) and must reload. Mounted once in the app shell.
 */
export function VersionChangeNotice() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(DB_VERSIONCHANGE_EVENT, show);
    return () => window.removeEventListener(DB_VERSIONCHANGE_EVENT, show);
  }, []);
  return (
    <Modal
      open={open}
      title="Cần tải lại ứng dụng"
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" data-testid="db-versionchange-reload" onClick={() => window.location.reload()}>
          Tải lại
        </Button>
      }
    >
      <div data-testid="db-versionchange-notice">
        <Typography.Paragraph>
          Dữ liệu đã được mở bằng phiên bản mới hơn ở cửa sổ khác. Cửa sổ này đã ngừng truy cập dữ liệu để không ghi đè lên dữ liệu mới.
        </Typography.Paragraph>
        <Typography.Paragraph>Hãy tải lại để tiếp tục làm việc với phiên bản mới.</Typography.Paragraph>
      </div>
    </Modal>
  );
}
