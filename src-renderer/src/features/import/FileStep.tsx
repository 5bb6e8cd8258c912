import { Alert, Checkbox, Space, Table, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { FORMAT_LABEL } from '@/domain/import/labels';
import { formatNumber } from '@/domain/text/format';
import { LIMITS } from '@/domain/import/limits';
import type { ImportWizard } from './useImportWizard';
import { SheetGridView } from './SheetGridView';
import { byNumber, byText } from '@/ui/tableSort';

const ACCEPT = '.xlsx,.xlsm,.xls,.xlsb,.ods,.csv,.txt';

/** Step 1: pick a file (picker or drag-and-drop), pick the sheet(s). */
export function FileStep({ w }: { w: ImportWizard }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const s = w.summary;
  const sameLayout = s ? s.sheets.length > 1 && w.sheets.length === s.sheets.filter((x) => x.rowCount > 0).length && w.sheets.length > 1 : false;
  return (
    <div>
      <label
        className={`import-drop${over ? ' import-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        // The drop itself is handled by the window-wide listener of the wizard page.
        onDrop={() => setOver(false)}
      >
        <InboxOutlined style={{ fontSize: 32, color: '#1f5fa8' }} />
        <div>
          <b>Kéo thả tệp vào đây</b> hoặc bấm để chọn tệp
        </div>
        <Typography.Text type="secondary">
          Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) hoặc CSV; tối đa {formatNumber(LIMITS.fileSize / 1024 / 1024)} MB, {formatNumber(LIMITS.rows)} dòng
        </Typography.Text>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          data-testid="import-file-input"
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void w.openFile(f);
            e.target.value = '';
          }}
        />
      </label>
      {s && (
        <div data-testid="import-preview" style={{ marginTop: 16 }}>
          <Typography.Paragraph>
            Tệp <b>{s.fileName}</b> — {FORMAT_LABEL[s.format]}
            {s.encoding ? `, bảng mã ${s.encoding}` : ''}
            {s.repairCount > 0 && <>, đã chuyển {formatNumber(s.repairCount)} ô từ phông chữ cũ (TCVN3/VNI) sang Unicode</>}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="index"
            pagination={false}
            dataSource={s.sheets}
            data-testid="import-sheets"
            rowSelection={{
              type: 'checkbox',
              selectedRowKeys: w.sheets,
              onChange: (keys) => {
                const list = (keys as number[]).sort((a, b) => a - b);
                w.setSheets(list);
                const firstSheet = list[0];
                if (firstSheet !== undefined && firstSheet !== w.preview?.sheet) void w.showSheet(firstSheet);
              },
            }}
            columns={[
              { title: 'Trang tính', dataIndex: 'name', sorter: byText((r) => r.name) },
              { title: 'Số dòng', dataIndex: 'rowCount', align: 'right', sorter: byNumber((r) => r.rowCount), render: (n: number) => formatNumber(n) },
              { title: 'Số cột', dataIndex: 'columnCount', align: 'right', sorter: byNumber((r) => r.columnCount) },
            ]}
            onRow={(r) => ({ onClick: () => void w.showSheet(r.index) })}
          />
          {s.sheets.length > 1 && s.chosenSheet && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="import-sheet-reason">
              {s.chosenSheet.reason}
            </Typography.Paragraph>
          )}
          {s.sheets.length > 1 && (
            <Space style={{ margin: '8px 0' }}>
              <Checkbox
                data-testid="import-all-sheets"
                checked={sameLayout}
                onChange={(e) => w.setSheets(e.target.checked ? s.sheets.filter((x) => x.rowCount > 0).map((x) => x.index) : [w.sheets[0] ?? 0])}
              >
                Nhập tất cả trang tính có cùng cách bố trí (ví dụ mỗi huyện một trang)
              </Checkbox>
            </Space>
          )}
          {w.preview && (
            <>
              <Typography.Text type="secondary">
                Xem trước {formatNumber(w.preview.rows.length)} dòng đầu của trang tính "{w.preview.name}"
              </Typography.Text>
              <SheetGridView preview={w.preview} />
            </>
          )}
        </div>
      )}
      {!s && !w.error && <Alert style={{ marginTop: 12 }} type="info" showIcon title="Công thức trong tệp không được tính lại: chỉ đọc giá trị đã lưu." />}
    </div>
  );
}
