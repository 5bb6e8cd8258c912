import { Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { Movement } from '@/domain/emulation/types';
import { MOVEMENT_LEVEL_LABEL, MOVEMENT_STATUS_LABEL } from '@/domain/emulation/labels';
import { formatDate } from '@/domain/text/format';
import { useMovements } from './useEmulation';
import { PageHeader } from '@/ui/PageHeader';
import { byDate, byText } from '@/ui/tableSort';

const STATUS_COLOR = { draft: 'default', open: 'green', closed: 'blue' } as const;

export function MovementListPage() {
  const movements = useMovements();
  const navigate = useNavigate();
  return (
    <div>
      <PageHeader title="Phong trào thi đua">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/movements/new')}>
          Thêm phong trào
        </Button>
      </PageHeader>
      <Table<Movement>
        data-testid="movement-table"
        rowKey="id"
        size="small"
        loading={movements === undefined}
        dataSource={movements ?? []}
        pagination={false}
        onRow={(m) => ({ onDoubleClick: () => navigate(`/movements/${m.id}`) })}
        locale={{ emptyText: 'Chưa có phong trào nào.' }}
        columns={[
          { title: 'Tên phong trào', dataIndex: 'name', render: (n: string, m) => <Link to={`/movements/${m.id}`}>{n}</Link>, sorter: byText((m) => m.name) },
          {
            title: 'Thời gian',
            width: 200,
            render: (_: unknown, m) => `${formatDate(m.periodFrom)} - ${formatDate(m.periodTo)}`,
            sorter: byDate((m) => m.periodFrom),
          },
          {
            title: 'Cấp phát động',
            dataIndex: 'level',
            width: 200,
            render: (l: Movement['level']) => MOVEMENT_LEVEL_LABEL[l],
            sorter: byText((m) => MOVEMENT_LEVEL_LABEL[m.level]),
          },
          { title: 'Cơ quan phát động', dataIndex: 'launchingBody', width: 240, sorter: byText((m) => m.launchingBody) },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 140,
            sorter: byText((m) => MOVEMENT_STATUS_LABEL[m.status]),
            render: (s: Movement['status']) => <Tag color={STATUS_COLOR[s]}>{MOVEMENT_STATUS_LABEL[s]}</Tag>,
          },
        ]}
      />
    </div>
  );
}
