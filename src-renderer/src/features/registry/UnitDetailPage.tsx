import { Descriptions, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router-dom';
import { Suspense, lazy } from 'react';
import { SECTOR_LABEL, UNIT_KIND_FULL_LABEL, UNIT_STATUS_LABEL } from '@/domain/registry/labels';
import { formatDate, formatDateTime } from '@/domain/text/format';
import { isYearOnly } from '@/domain/text/partialDate';
import { communeName, provinceName } from '@/domain/registry/localities';
import { auditEntriesFor } from '@/db/repositories/auditLog';
import { useUnit } from './useUnits';
import { UnitStatusActions } from './UnitStatusActions';
import { UnitYearsSection } from './UnitYearsSection';

const AwardHistorySection = lazy(() => import('@/ui/awardHistory/AwardHistorySection'));

export function UnitDetailPage() {
  const { id = '' } = useParams();
  const unit = useUnit(id);
  const history = useLiveQuery(() => auditEntriesFor('units', id), [id, unit?.updatedAt]);
  if (unit === undefined) return <Spin />;
  if (unit === null) return <Typography.Text>Không tìm thấy đơn vị (có thể đã bị xóa).</Typography.Text>;
  return (
    <div>
      <Typography.Title level={4} style={{ marginBottom: 4 }}>
        {unit.name}{' '}
        <Tag color={unit.status === 'active' ? 'green' : unit.status === 'paused' ? 'orange' : 'default'} data-testid="unit-status">
          {UNIT_STATUS_LABEL[unit.status]}
          {unit.statusDate ? ` từ ${formatDate(unit.statusDate)}` : ''}
        </Tag>
      </Typography.Title>
      <div style={{ marginBottom: 12 }}>
        <UnitStatusActions unit={unit} />
      </div>
      <Tabs
        items={[
          {
            key: 'profile',
            label: 'Hồ sơ',
            children: (
              <Descriptions bordered size="small" column={2}>
                <Descriptions.Item label="Loại hình">{UNIT_KIND_FULL_LABEL[unit.kind]}</Descriptions.Item>
                <Descriptions.Item label="Tên viết tắt">{unit.shortName}</Descriptions.Item>
                <Descriptions.Item label="Mã số thuế">{unit.taxCode}</Descriptions.Item>
                <Descriptions.Item label="Lĩnh vực">{unit.sector ? SECTOR_LABEL[unit.sector] : ''}</Descriptions.Item>
                <Descriptions.Item label="Tỉnh/thành phố">{provinceName(unit.provinceCode)}</Descriptions.Item>
                <Descriptions.Item label="Xã/phường">{communeName(unit.communeCode)}</Descriptions.Item>
                <Descriptions.Item label="Quận/huyện cũ">{unit.legacyDistrict}</Descriptions.Item>
                <Descriptions.Item label="Địa chỉ">{unit.address}</Descriptions.Item>
                <Descriptions.Item label={isYearOnly(unit.foundedDate) ? 'Năm thành lập' : 'Ngày thành lập'}>
                  <span data-testid="unit-founded">{formatDate(unit.foundedDate)}</span>
                </Descriptions.Item>
                <Descriptions.Item label="Thành viên liên minh">{unit.member ? `Có, kết nạp năm ${unit.memberSince ?? ''}` : 'Không'}</Descriptions.Item>
                <Descriptions.Item label="Chủ tịch / Giám đốc">{unit.leaderName}</Descriptions.Item>
                <Descriptions.Item label="Điện thoại">{unit.phone}</Descriptions.Item>
                <Descriptions.Item label="Email">{unit.email}</Descriptions.Item>
                <Descriptions.Item label="Ghi chú">{unit.notes}</Descriptions.Item>
              </Descriptions>
            ),
          },
          { key: 'years', label: 'Chỉ tiêu theo năm', children: <UnitYearsSection unitId={unit.id} /> },
          {
            key: 'awards',
            label: 'Lịch sử khen thưởng',
            children: (
              <Suspense fallback={<Spin />}>
                <AwardHistorySection recipientKind="unit" recipientId={unit.id} />
              </Suspense>
            ),
          },
          {
            key: 'log',
            label: 'Nhật ký thay đổi',
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={{ pageSize: 20 }}
                dataSource={history ?? []}
                columns={[
                  { title: 'Thời điểm', dataIndex: 'at', width: 160, render: formatDateTime },
                  { title: 'Người thực hiện', dataIndex: 'actor', width: 160 },
                  { title: 'Nội dung', dataIndex: 'summary' },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
