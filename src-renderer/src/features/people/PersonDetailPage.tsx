import { formatDate } from '@/domain/text/format';
import { Button, Descriptions, Popconfirm, Space, Spin, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { deletePerson, getPerson } from '@/db/repositories/awards/people';
import { getUnit } from '@/db/repositories/registry/units';
import AwardHistorySection from '@/ui/awardHistory/AwardHistorySection';
import { PersonForm } from './PersonForm';
import { InitiativesSection } from './InitiativesSection';
import { useShowError } from '@/ui/showError';
import { BackLink } from '@/ui/PageHeader';

const PEOPLE_BACK = { to: '/people', label: 'Danh sách cá nhân' };

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const person = useLiveQuery(async () => (await getPerson(id)) ?? null, [id]);
  const unit = useLiveQuery(async () => (person?.unitId ? getUnit(person.unitId) : undefined), [person?.unitId]);
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const showError = useShowError();
  if (person === undefined) return <Spin />;
  if (person === null)
    return (
      <div>
        <BackLink back={PEOPLE_BACK} />
        <Typography.Text>Không tìm thấy cá nhân (có thể đã bị xóa).</Typography.Text>
      </div>
    );
  return (
    <div>
      <BackLink back={PEOPLE_BACK} />
      <Typography.Title level={4} style={{ marginBottom: 4 }} data-testid="person-name">
        {person.fullName}
      </Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => setEditing(true)}>Sửa</Button>
        <Popconfirm
          title={`Xóa "${person.fullName}"?`}
          okText="Xóa"
          cancelText="Hủy"
          onConfirm={() => deletePerson(person.id).then(() => navigate('/people'), showError)}
        >
          <Button danger>Xóa</Button>
        </Popconfirm>
      </Space>
      <Tabs
        items={[
          {
            key: 'profile',
            label: 'Hồ sơ',
            children: (
              <Descriptions bordered size="small" column={2}>
                <Descriptions.Item label="Giới tính">{person.gender === 'nu' ? 'Nữ' : 'Nam'}</Descriptions.Item>
                <Descriptions.Item label={person.birthDate ? 'Ngày sinh' : 'Năm sinh'}>
                  {person.birthDate ? formatDate(person.birthDate) : person.birthYear}
                </Descriptions.Item>
                <Descriptions.Item label="Dân tộc">{person.ethnicity}</Descriptions.Item>
                <Descriptions.Item label="Chức vụ">{person.position}</Descriptions.Item>
                <Descriptions.Item label="Đơn vị">{unit ? <Link to={`/units/${unit.id}`}>{unit.name}</Link> : ''}</Descriptions.Item>
                <Descriptions.Item label="Điện thoại">{person.phone}</Descriptions.Item>
                <Descriptions.Item label="Ghi chú">{person.notes}</Descriptions.Item>
              </Descriptions>
            ),
          },
          { key: 'awards', label: 'Lịch sử khen thưởng', children: <AwardHistorySection recipientKind="person" recipientId={person.id} /> },
          { key: 'initiatives', label: 'Sáng kiến', children: <InitiativesSection personId={person.id} /> },
        ]}
      />
      <PersonForm open={editing} person={person} onClose={() => setEditing(false)} />
    </div>
  );
}
