import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { exportTable, type TableExport } from './tableExport';
import { useShowError } from './showError';

/** "Xuất Excel" for a table on screen: exports exactly the rows and columns given (the filtered, sorted view). */
export function TableExportButton<T>({ spec, label = 'Xuất Excel', disabled }: { spec: () => TableExport<T>; label?: string; disabled?: boolean }) {
  const [busy, setBusy] = useState(false);
  const showError = useShowError();
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      disabled={disabled}
      onClick={async () => {
        setBusy(true);
        try {
          await exportTable(spec());
        } catch (e) {
          showError(e, 'Không xuất được tệp Excel');
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
