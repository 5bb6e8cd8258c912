import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { exportTable, type TableExport } from './tableExport';
import { useShowError } from './showError';

/** "Xuất Excel" for a table on screen: exports exactly the rows and columns given (the filtered, sorted view). */
export function TableExportButton<T>({
  spec,
  label = 'Xuất Excel',
  disabled,
  testId,
}: {
  /** The rows to export; may be fetched first (e.g. all pages from a worker). */
  spec: () => TableExport<T> | Promise<TableExport<T>>;
  label?: string;
  disabled?: boolean;
  testId?: string;
}) {
  const [busy, setBusy] = useState(false);
  const showError = useShowError();
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      disabled={disabled}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          // Let the button show it is busy before a large sheet is built (100,000 units take a moment).
          await new Promise((resolve) => setTimeout(resolve, 30));
          await exportTable(await spec());
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
