import { App, Button, DatePicker, Modal, Popconfirm, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Unit, UnitStatus } from '@/domain/registry/types';
import { deleteUnit, setUnitStatus } from '@/db/repositories/registry/units';
import { DATE_FORMAT } from './UnitFormPage';
import { useShowError } from '@/ui/showError';

/** Dissolve / pause / reactivate (status changes keep the record) and the guarded hard delete. */
export function UnitStatusActions({ unit }: { unit: Unit }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const [pending, setPending] = useState<UnitStatus | null>(null);
  const [date, setDate] = useState<Dayjs>(dayjs());

  const apply = async () => {
    if (!pending) return;
    try {
      await setUnitStatus(unit.id, pending, date.format('YYYY-MM-DD'));
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
        cancelText="Không"
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
        onCancel={() => setPending(null)}
      >
        <p>{pending === 'dissolved' ? 'Ngày giải thể' : 'Ngày tạm ngừng'}:</p>
        <DatePicker
          aria-label="Ngày hiệu lực"
          value={date}
          format={DATE_FORMAT}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d) => d && setDate(d)}
        />
      </Modal>
    </Space>
  );
}
