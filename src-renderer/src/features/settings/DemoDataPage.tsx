import { Alert, Button, Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { loadDemoData, removeUnitsByOrigin } from '@/db/repositories/registry/demo';
import { DEMO_CITIES, DEMO_FIRST_YEAR } from '@/domain/registry/demo-data';
import { formatNumber } from '@/domain/text/format';
import { OFFICE_SETUP_PATH, useOfficeSetupState } from '@/ui/useOfficeProfile';
import { ProgressLine } from './ProgressLine';
import { useProgressRun } from './useProgressRun';

/** Explicit actions only: nothing is loaded behind the user's back. */
export function DemoDataPage() {
  const { progress, busy, run } = useProgressRun();
  const setup = useOfficeSetupState();
  const thisYear = new Date().getFullYear();
  return (
    <div style={{ maxWidth: 760 }}>
      <Typography.Title level={4}>Dữ liệu mẫu</Typography.Title>
      {setup && setup !== 'done' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Có thể xem thử phần mềm với dữ liệu mẫu trước khi nhập thông tin cơ quan."
          description={
            <>
              Văn bản in (tờ trình, danh sách, báo cáo) cần thông tin cơ quan: <Link to={OFFICE_SETUP_PATH}>hoàn tất thiết lập ban đầu</Link>.
            </>
          }
        />
      ) : null}
      <Card size="small" title="Bộ dữ liệu mẫu của cụm 5 thành phố" style={{ marginBottom: 12 }}>
        <Typography.Paragraph>
          Các HTX điển hình năm 2015 (Hà Nội: Dương Liễu, Phú Thắng, Đồng Phú, hoa lan Đan Hoài; Đà Nẵng: Kim Thành, Hòa Cường, Hòa Thọ Tây) cùng các HTX, THT
          của {DEMO_CITIES.map((c) => c.name).join(', ')}, với chỉ tiêu từng năm từ {DEMO_FIRST_YEAR} đến {thisYear}.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          Địa bàn theo đơn vị hành chính từ 01/07/2025: 34 tỉnh, thành phố; xã, phường trực thuộc tỉnh, không còn cấp huyện.
        </Typography.Paragraph>
        <Space wrap>
          <Button
            type="primary"
            loading={busy}
            onClick={() =>
              void run('Đang nạp dữ liệu mẫu…', async (report) => {
                const r = await loadDemoData(undefined, report);
                return `Đã nạp ${formatNumber(r.units)} đơn vị và ${formatNumber(r.unitYears)} dòng chỉ tiêu năm.`;
              })
            }
          >
            Nạp dữ liệu mẫu
          </Button>
          <Button
            danger
            loading={busy}
            onClick={() => void run('Đang xóa dữ liệu mẫu…', async () => `Đã xóa ${formatNumber(await removeUnitsByOrigin('demo'))} đơn vị mẫu.`)}
          >
            Xóa dữ liệu mẫu
          </Button>
          <Link to="/units">Xem danh bạ đơn vị</Link>
        </Space>
        <ProgressLine progress={progress} />
      </Card>
    </div>
  );
}
