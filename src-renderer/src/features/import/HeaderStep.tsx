import { Alert, InputNumber, Space, Typography } from 'antd';
import type { ImportWizard } from './useImportWizard';
import { SheetGridView } from './SheetGridView';

/** Step 2: the detected header block; the user can pick another header row. */
export function HeaderStep({ w }: { w: ImportWizard }) {
  const l = w.layout?.layout;
  if (!l || !w.preview) return null;
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <span>Dòng tiêu đề cột:</span>
        <InputNumber
          data-testid="import-header-row"
          min={1}
          max={w.preview.rowCount}
          value={(w.headerRow ?? l.headerEnd) + 1}
          onChange={(v) => typeof v === 'number' && void w.detectLayout(v - 1)}
        />
        <Typography.Text type="secondary">
          {l.headerEnd > l.headerStart ? `Tiêu đề gộp ${l.headerEnd - l.headerStart + 1} dòng (${l.headerStart + 1}–${l.headerEnd + 1}). ` : ''}
          {l.numberingRow !== null ? `Bỏ qua dòng đánh số cột ${l.numberingRow + 1}. ` : ''}
          Dữ liệu bắt đầu từ dòng {l.dataStart + 1}. Bấm vào một dòng trong bảng để chọn làm dòng tiêu đề.
        </Typography.Text>
      </Space>
      {w.layout!.dataRows === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-no-rows"
          title={`Đã nhận ra dòng tiêu đề (dòng ${l.headerStart + 1}) nhưng bên dưới không có dòng dữ liệu nào (dòng chỉ có số thứ tự không tính): có thể đây là tệp mẫu chưa điền. Hãy chọn trang tính khác ở bước 1 hoặc tệp khác.`}
        />
      )}
      {w.layout!.mismatched.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Các trang tính có tiêu đề khác trang đầu: ${w.layout!.mismatched.join(', ')}. Hãy bỏ chọn chúng ở bước 1 hoặc sửa tệp.`}
        />
      )}
      <div data-testid="import-header-names" style={{ marginBottom: 8 }}>
        <b>Tên cột:</b>{' '}
        {l.names.map((n, i) => (
          <span key={i} className="import-header-name">
            {n || '(trống)'}
            {i < l.names.length - 1 ? ' | ' : ''}
          </span>
        ))}
      </div>
      <SheetGridView
        preview={w.preview}
        header={{ start: l.headerStart, end: l.headerEnd, numbering: l.numberingRow, dataStart: l.dataStart }}
        onPickRow={(r) => void w.detectLayout(r)}
      />
    </div>
  );
}
