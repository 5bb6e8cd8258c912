import { App, Button, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Unit, UnitStatus } from '@/domain/registry/types';
import { deleteUnit, setUnitStatus } from '@/db/repositories/registry/units';
import { DateInput } from '@/ui/DateInput';
import { todayIso } from '@/domain/text/format';
import { useShowError } from '@/ui/showError';

/** Dissolve / pause / reactivate (status changes keep the record) and the guarded hard delete. */
export function UnitStatusActions({ unit }: { unit: Unit }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const [pending, setPending] = useState<UnitStatus | null>(null);
  const [date, setDate] = useState<string | undefined>(todayIso());

  // A typed date: valid dd/mm/yyyy, not in the future.
  const dateOk = !!date && !date.startsWith('invalid:') && date <= todayIso();
  const apply = async () => {
    if (!pending || !dateOk) return;
    try {
      await setUnitStatus(unit.id, pending, date);
      message.success('Đã cập nhật trạng thái.');
      setPending(null);
    } catch (err) {
      showError(err);
    }
  };

  return (
    <Space wrap>
      <Button onClick={() => navigate(`/units/${unit.id}/edit`)}>Sửa</Button>
      {unit.status !== 'dissolved' && (
        <Button danger onClick={() => setPending('dissolved')}>
          Giải thể
        </Button>
      )}
      {unit.status === 'active' && <Button onClick={() => setPending('paused')}>Tạm ngừng</Button>}
      {unit.status !== 'active' && (
        <Button
          onClick={async () => {
            try {
              await setUnitStatus(unit.id, 'active', undefined);
              message.success('Đơn vị đã hoạt động trở lại.');
            } catch (err) {
              showError(err);
            }
          }}
        >
          Hoạt động trở lại
        </Button>
      )}
      <Popconfirm
        title="Xóa hẳn đơn vị này?"
        description="Chỉ dùng cho bản ghi tạo nhầm. Muốn ghi nhận giải thể, hãy dùng nút Giải thể."
        okText="Xóa hẳn"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        onConfirm={async () => {
          try {
            await deleteUnit(unit.id);
            message.success('Đã xóa đơn vị.');
            navigate('/units');
          } catch (err) {
            showError(err);
          }
        }}
      >
        <Button type="text" danger>
          Xóa (nhập nhầm)
        </Button>
      </Popconfirm>
      <Modal
        open={pending !== null}
        title={pending === 'dissolved' ? `Giải thể: ${unit.name}` : `Tạm ngừng: ${unit.name}`}
        okText="Xác nhận"
        cancelText="Hủy"
        onOk={apply}
        okButtonProps={{ disabled: !dateOk }}
        onCancel={() => setPending(null)}
      >
        <label htmlFor="unit-status-date" style={{ display: 'block', marginBottom: 4 }}>
          {pending === 'dissolved' ? 'Ngày giải thể' : 'Ngày tạm ngừng'}:
        </label>
        <div style={{ width: 160 }}>
          <DateInput id="unit-status-date" aria-label="Ngày hiệu lực" value={date} onChange={setDate} />
        </div>
        {!dateOk && (
          <Typography.Text type="danger" role="alert">
            {date && !date.startsWith('invalid:') ? 'Ngày không được sau hôm nay.' : 'Nhập ngày hợp lệ (dd/mm/yyyy).'}
          </Typography.Text>
        )}
      </Modal>
    </Space>
  );
}
