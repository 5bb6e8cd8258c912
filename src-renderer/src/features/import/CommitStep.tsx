import { Alert, Button, Descriptions, Result, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatNumber } from '@/domain/text/format';
import type { ImportWizard } from './useImportWizard';

const NOUN: Record<string, string> = { units: 'đơn vị', unitYears: 'dòng chỉ tiêu năm', people: 'cá nhân', awards: 'khen thưởng' };

function written(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${formatNumber(n)} ${NOUN[t] ?? t}`)
      .join(', ') || 'không có'
  );
}

/** Step 6: one transaction, all or nothing; then the result. */
export function CommitStep({ w }: { w: ImportWizard }) {
  const p = w.plan;
  if (w.batch) {
    const b = w.batch;
    return (
      <Result
        status="success"
        title="Đã nhập xong"
        subTitle={`Tệp "${b.fileName}" (${b.sheets.join(', ')})`}
        extra={
          <Space>
            <Button onClick={w.reset}>Nhập tệp khác</Button>
            <Link to="/import/history">Xem lịch sử nhập</Link>
          </Space>
        }
      >
        <Descriptions size="small" column={1} bordered data-testid="import-result">
          <Descriptions.Item label="Đã thêm">{written(b.written.created)}</Descriptions.Item>
          <Descriptions.Item label="Đã cập nhật">{written(b.written.updated)}</Descriptions.Item>
          <Descriptions.Item label="Không ghi">
            {formatNumber(b.counts.error)} dòng lỗi, {formatNumber(b.counts.duplicate)} dòng trùng, {formatNumber(b.counts.skipped)} dòng bỏ qua
          </Descriptions.Item>
        </Descriptions>
      </Result>
    );
  }
  if (!p) return null;
  const toWrite = p.counts.new + p.counts.update;
  return (
    <div>
      <Typography.Paragraph>
        Sẽ ghi <b>{formatNumber(p.counts.new)}</b> dòng mới và <b>{formatNumber(p.counts.update)}</b> dòng cập nhật trong một lần ghi duy nhất: nếu có sự cố,
        không dòng nào được ghi. {formatNumber(p.counts.error + p.counts.duplicate + p.counts.skipped)} dòng lỗi/trùng/bỏ qua sẽ không được ghi. Có thể hoàn tác
        lần nhập này ở màn hình Lịch sử nhập.
      </Typography.Paragraph>
      {toWrite === 0 && <Alert type="warning" showIcon title="Không có dòng nào để ghi." style={{ marginBottom: 12 }} />}
      <Button type="primary" size="large" data-testid="import-commit" disabled={toWrite === 0 || !!w.busy} onClick={() => void w.commit()}>
        Ghi {formatNumber(toWrite)} dòng vào dữ liệu
      </Button>
    </div>
  );
}
