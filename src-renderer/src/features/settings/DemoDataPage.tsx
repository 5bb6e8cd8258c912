import { App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { generateUnits, loadDemoData, removeUnitsByOrigin } from '@/db/repositories/registry/demo';
import { formatNumber } from '@/domain/text/format';
import { useShowError } from '@/ui/showError';

/** Explicit actions only: nothing is loaded behind the user's back. */
export function DemoDataPage() {
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState(10_000);
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      message.success(await work());
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ maxWidth: 760 }}>
      <Typography.Title level={4}>Dữ liệu mẫu</Typography.Title>
      <Card size="small" title="Bộ dữ liệu mẫu của cụm 5 thành phố" style={{ marginBottom: 12 }}>
        <Typography.Paragraph>
          Các HTX điển hình năm 2015 (Hà Nội: Dương Liễu, Phú Thắng, Đồng Phú, hoa lan Đan Hoài; Đà Nẵng: Kim Thành, Hòa Cường, Hòa Thọ Tây) cùng các HTX, THT
          của Hà Nội, TP. Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ và chỉ tiêu 2013-2016.
        </Typography.Paragraph>
        <Space>
          <Button
            type="primary"
            loading={busy}
            onClick={() =>
              run(async () => {
                const r = await loadDemoData();
                return `Đã nạp ${formatNumber(r.units)} đơn vị và ${formatNumber(r.unitYears)} dòng chỉ tiêu năm.`;
              })
            }
          >
            Nạp dữ liệu mẫu
          </Button>
          <Button danger loading={busy} onClick={() => run(async () => `Đã xóa ${formatNumber(await removeUnitsByOrigin('demo'))} đơn vị mẫu.`)}>
            Xóa dữ liệu mẫu
          </Button>
        </Space>
      </Card>
      <Card size="small" title="Sinh dữ liệu tự động (kiểm tra tốc độ)">
        <Space>
          <InputNumber aria-label="Số đơn vị cần sinh" min={1} max={500_000} step={1000} value={count} onChange={(v) => setCount(v ?? 1)} />
          <Button loading={busy} onClick={() => run(async () => `Đã sinh ${formatNumber(await generateUnits(count))} đơn vị.`)}>
            Sinh đơn vị
          </Button>
          <Button danger loading={busy} onClick={() => run(async () => `Đã xóa ${formatNumber(await removeUnitsByOrigin('generated'))} đơn vị sinh tự động.`)}>
            Xóa dữ liệu sinh tự động
          </Button>
        </Space>
      </Card>
    </div>
  );
}
