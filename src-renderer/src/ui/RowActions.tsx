import { Button, Popconfirm, Space } from 'antd';
import { useShowError } from './showError';

/**
 * The actions at the end of a table row: "Sửa" (optional) and "Xóa" behind a confirmation.
 * A delete that fails is shown through the one error path instead of being lost.
 */
export function RowActions({ onEdit, deleteTitle, onDelete }: { onEdit?: () => void; deleteTitle: string; onDelete: () => Promise<unknown> }) {
  const showError = useShowError();
  return (
    <Space size={0}>
      {onEdit ? (
        <Button type="link" size="small" onClick={onEdit}>
          Sửa
        </Button>
      ) : null}
      <Popconfirm title={deleteTitle} okText="Xóa" cancelText="Hủy" onConfirm={() => onDelete().catch(showError)}>
        <Button type="link" size="small" danger>
          Xóa
        </Button>
      </Popconfirm>
    </Space>
  );
}
