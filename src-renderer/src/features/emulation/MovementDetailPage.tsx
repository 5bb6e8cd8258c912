import { App, Button, Descriptions, Popconfirm, Space, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { MOVEMENT_LEVEL_LABEL, MOVEMENT_STATUS_LABEL } from '@/domain/emulation/labels';
import { formatDate } from '@/domain/text/format';
import { deleteMovement } from '@/db/repositories/emulation/movements';
import { useMovement } from './useEmulation';
import { RegistrationsSection } from './RegistrationsSection';
import { AttachmentsSection } from './AttachmentsSection';
import { useShowError } from '@/ui/showError';
import { PageHeader } from '@/ui/PageHeader';

export function MovementDetailPage() {
  const { id = '' } = useParams();
  const m = useMovement(id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  if (m === undefined) return null;
  if (m === null) return <Typography.Text>Không tìm thấy phong trào.</Typography.Text>;
  return (
    <div>
      <PageHeader title={m.name} back={{ to: '/movements', label: 'Danh sách phong trào' }}>
        <Space>
          <Button onClick={() => navigate(`/movements/${id}/edit`)}>Sửa</Button>
          <Popconfirm
            title="Xóa phong trào cùng các đăng ký và tệp đính kèm?"
            okText="Xóa"
            cancelText="Hủy"
            onConfirm={() =>
              deleteMovement(id).then(() => {
                message.success('Đã xóa phong trào.');
                navigate('/movements');
              }, showError)
            }
          >
            <Button danger>Xóa</Button>
          </Popconfirm>
        </Space>
      </PageHeader>
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="Thời gian">
          {formatDate(m.periodFrom)} - {formatDate(m.periodTo)}
        </Descriptions.Item>
        <Descriptions.Item label="Trạng thái">{MOVEMENT_STATUS_LABEL[m.status]}</Descriptions.Item>
        <Descriptions.Item label="Cấp phát động">{MOVEMENT_LEVEL_LABEL[m.level]}</Descriptions.Item>
        <Descriptions.Item label="Cơ quan phát động">{m.launchingBody}</Descriptions.Item>
        <Descriptions.Item label="Nội dung" span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{m.content}</div>
        </Descriptions.Item>
        <Descriptions.Item label="Tiêu chí" span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{m.criteriaText}</div>
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          { key: 'reg', label: 'Đăng ký thi đua', children: <RegistrationsSection movementId={id} movementName={m.name} /> },
          { key: 'files', label: 'Tệp đính kèm', children: <AttachmentsSection ownerTable="movements" ownerId={id} /> },
        ]}
      />
    </div>
  );
}
