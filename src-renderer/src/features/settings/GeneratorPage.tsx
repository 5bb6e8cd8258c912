import { Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { generateUnits, removeUnitsByOrigin } from '@/db/repositories/registry/demo';
import { formatNumber } from '@/domain/text/format';
import { ProgressLine } from './ProgressLine';
import { useProgressRun } from './useProgressRun';

/** Synthetic units for speed checks: built and written in chunks with a counted progress. */
export function GeneratorPage() {
  const { progress, busy, run } = useProgressRun();
  const [count, setCount] = useState(10_000);
  return (
    <div style={{ maxWidth: 760 }}>
      <Typography.Title level={4}>Sinh dữ liệu tự động (kiểm tra tốc độ)</Typography.Title>
      <Typography.Paragraph type="secondary">
        Dùng để kiểm tra tốc độ với nhiều đơn vị. Đơn vị sinh tự động được đánh dấu riêng và xóa được bất cứ lúc nào.
      </Typography.Paragraph>
      <Card size="small">
        <Space wrap>
          <InputNumber aria-label="Số đơn vị cần sinh" min={1} max={500_000} step={1000} value={count} onChange={(v) => setCount(v ?? 1)} />
          <Button
            loading={busy}
            onClick={() => void run('Đang sinh đơn vị…', async (report) => `Đã sinh ${formatNumber(await generateUnits(count, 1, undefined, report))} đơn vị.`)}
          >
            Sinh đơn vị
          </Button>
          <Button
            danger
            loading={busy}
            onClick={() =>
              void run('Đang xóa dữ liệu sinh tự động…', async () => `Đã xóa ${formatNumber(await removeUnitsByOrigin('generated'))} đơn vị sinh tự động.`)
            }
          >
            Xóa dữ liệu sinh tự động
          </Button>
        </Space>
        <ProgressLine progress={progress} />
      </Card>
    </div>
  );
}
