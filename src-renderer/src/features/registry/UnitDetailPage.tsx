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
import { BackLink } from '@/ui/PageHeader';
import { TableExportButton } from '@/ui/TableExportButton';
import { byDate, byText } from '@/ui/tableSort';
import type { AuditEntry } from '@/domain/audit/types';

const UNITS_BACK = { to: '/units', label: 'Danh bạ đơn vị' };

const AwardHistorySection = lazy(() => import('@/ui/awardHistory/AwardHistorySection'));

export function UnitDetailPage() {
  const { id = '' } = useParams();
  const unit = useUnit(id);
  const history = useLiveQuery(() => auditEntriesFor('units', id), [id, unit?.updatedAt]);
  if (unit === undefined) return <Spin />;
  if (unit === null)
    return (
      <div>
        <BackLink back={UNITS_BACK} />
        <Typography.Text>Không tìm thấy đơn vị (có thể đã bị xóa).</Typography.Text>
      </div>
    );
  return (
    <div>
      <BackLink back={UNITS_BACK} />
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
          { key: 'years', label: 'Chỉ tiêu theo năm', children: <UnitYearsSection unitId={unit.id} unitName={unit.name} /> },
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
              <>
                <div className="page-toolbar">
                  <TableExportButton<AuditEntry>
                    disabled={!history?.length}
                    spec={() => ({
                      fileName: `Nhat ky - ${unit.name}`,
                      title: [`NHẬT KÝ THAY ĐỔI: ${unit.name}`],
                      columns: [
                        { title: 'Thời điểm', value: (r) => formatDateTime(r.at), width: 18 },
                        { title: 'Người thực hiện', value: (r) => r.actor, width: 20 },
                        { title: 'Nội dung', value: (r) => r.summary, width: 80 },
                      ],
                      rows: history ?? [],
                    })}
                  />
                </div>
                <Table<AuditEntry>
                  size="small"
                  rowKey="id"
                  pagination={{ pageSize: 20, showSizeChanger: false }}
                  dataSource={history ?? []}
                  columns={[
                    {
                      title: <span>Thời điểm</span>,
                      dataIndex: 'at',
                      width: 160,
                      render: formatDateTime,
                      sorter: byDate((r) => r.at),
                      defaultSortOrder: 'descend',
                    },
                    { title: <span>Người thực hiện</span>, dataIndex: 'actor', width: 160, sorter: byText((r) => r.actor) },
                    { title: <span>Nội dung</span>, dataIndex: 'summary', sorter: byText((r) => r.summary) },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
