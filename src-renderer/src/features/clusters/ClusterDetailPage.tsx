import { Button, Descriptions, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ClusterYear } from '@/domain/emulation/types';
import { CLUSTER_KIND_LABEL } from '@/domain/emulation/labels';
import { formatDate } from '@/domain/text/format';
import { openClusterYear } from '@/db/repositories/emulation/clusters';
import { provinceName } from '@/domain/registry/localities';
import { useCluster, useClusterYears } from './useClusters';
import { ClusterFormModal } from './ClusterListPage';
import { useShowError } from '@/ui/showError';
import { PageHeader } from '@/ui/PageHeader';
import { byDate, byNumber, byText } from '@/ui/tableSort';

export function ClusterDetailPage() {
  const { id = '' } = useParams();
  const cluster = useCluster(id);
  const years = useClusterYears(id);
  const [editing, setEditing] = useState(false);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const navigate = useNavigate();
  const showError = useShowError();
  if (cluster === undefined) return null;
  if (cluster === null) return <Typography.Text>Không tìm thấy cụm/khối.</Typography.Text>;
  const memberName = (mid?: string, cy?: ClusterYear) => (cy?.members ?? cluster.members).find((m) => m.id === mid)?.name ?? '';
  const open = async () => {
    try {
      await openClusterYear(id, year);
      navigate(`/clusters/${id}/years/${year}`);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div>
      <PageHeader title={cluster.name} back={{ to: '/clusters', label: 'Danh sách cụm, khối thi đua' }}>
        <Button onClick={() => setEditing(true)}>Sửa cụm và thành viên</Button>
      </PageHeader>
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Loại">{CLUSTER_KIND_LABEL[cluster.kind]}</Descriptions.Item>
        <Descriptions.Item label="Thành viên">
          <ol style={{ margin: 0, paddingLeft: 18 }}>
            {cluster.members.map((m) => (
              <li key={m.id}>
                {m.name}
                {m.provinceCode ? ` (${provinceName(m.provinceCode)})` : ''}
              </li>
            ))}
          </ol>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>Các năm thi đua</Typography.Title>
      <Space style={{ marginBottom: 8 }}>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? year)} aria-label="Năm" data-testid="open-year-input" />
        <Button type="primary" onClick={open}>
          Mở năm thi đua
        </Button>
        <Typography.Text type="secondary">Sao chép bảng tiêu chí năm trước và đề xuất cụm trưởng, cụm phó luân phiên.</Typography.Text>
      </Space>
      <Table<ClusterYear>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={years ?? []}
        locale={{ emptyText: 'Chưa mở năm nào.' }}
        columns={[
          {
            title: 'Năm',
            dataIndex: 'year',
            width: 90,
            render: (y: number) => <Link to={`/clusters/${id}/years/${y}`}>{y}</Link>,
            sorter: byNumber((cy) => cy.year),
          },
          { title: 'Cụm trưởng', render: (_: unknown, cy) => memberName(cy.chairId, cy), sorter: byText((cy) => memberName(cy.chairId, cy)) },
          { title: 'Cụm phó', render: (_: unknown, cy) => memberName(cy.viceChairId, cy), sorter: byText((cy) => memberName(cy.viceChairId, cy)) },
          {
            title: 'Ký giao ước',
            dataIndex: 'covenantDate',
            width: 130,
            render: (d?: string) => formatDate(d),
            sorter: byDate((cy) => cy.covenantDate),
          },
        ]}
      />
      {editing && <ClusterFormModal cluster={cluster} open onClose={() => setEditing(false)} />}
    </div>
  );
}
