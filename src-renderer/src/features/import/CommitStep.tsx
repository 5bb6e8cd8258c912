import { Alert, Button, Checkbox, Descriptions, Result, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatNumber } from '@/domain/text/format';
import { WRITTEN_TABLE_NOUN } from '@/domain/import/labels';
import type { ImportWizard } from './useImportWizard';

function written(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${formatNumber(n)} ${WRITTEN_TABLE_NOUN[t] ?? t}`)
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
            {b.roundId && (
              <Link to={`/nominations/${b.roundId}`} data-testid="import-open-round">
                Mở đợt xét
              </Link>
            )}
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
          {b.judged && (
            <Descriptions.Item label="Điều kiện khen thưởng">
              <span data-testid="import-judged" data-ms={b.judged.ms}>
                Đã xét ngay sau khi ghi: {formatNumber(b.judged.eligible)}/{formatNumber(b.judged.total)} đề nghị đủ điều kiện theo tiêu chuẩn đang áp dụng; xem
                lý do từng đề nghị trong đợt xét.
              </span>
            </Descriptions.Item>
          )}
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
      {p.toCreate && (
        <Typography.Paragraph>
          <Checkbox data-testid="import-create-missing" checked={w.createMissing} onChange={(e) => w.setCreateMissing(e.target.checked)}>
            Đồng ý tạo mới {formatNumber(p.toCreate.people)} cá nhân và {formatNumber(p.toCreate.units)} tập thể chưa có trong dữ liệu
          </Checkbox>
        </Typography.Paragraph>
      )}
      <Button
        type="primary"
        size="large"
        data-testid="import-commit"
        disabled={toWrite === 0 || !!w.busy || (!!p.toCreate && !w.createMissing)}
        title={p.toCreate && !w.createMissing ? 'Đánh dấu đồng ý tạo mới cá nhân, tập thể chưa có trước khi ghi' : undefined}
        onClick={() => void w.commit()}
      >
        Ghi {formatNumber(toWrite)} dòng vào dữ liệu
      </Button>
    </div>
  );
}
