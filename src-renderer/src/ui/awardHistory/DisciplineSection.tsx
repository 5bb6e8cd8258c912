import { Button, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BlockKind, DisciplineRecord, RecipientKind } from '@/domain/awards/types';
import { BLOCK_KINDS, DISCIPLINE_LEVELS } from '@/domain/awards/types';
import { BLOCK_KIND_LABEL, DISCIPLINE_LEVEL_LABEL } from '@/domain/awards/labels';
import { formatDate } from '@/domain/text/format';
import { deleteDiscipline, listDisciplines, saveDiscipline, type DisciplineInput } from '@/db/repositories/awards/people';
import { DateInput, dateRule } from '@/ui/DateInput';
import { useShowError } from '@/ui/showError';
import { RowActions } from '../RowActions';

/** Discipline, investigation and pending complaints: any of them in force blocks an award. */
export function DisciplineSection({ recipientKind, recipientId }: { recipientKind: RecipientKind; recipientId: string }) {
  const rows = useLiveQuery(() => listDisciplines(recipientKind, recipientId), [recipientKind, recipientId]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DisciplineInput>();
  const kind = Form.useWatch('kind', form);
  const showError = useShowError();
  const save = async () => {
    const v = await form.validateFields();
    try {
      await saveDiscipline({ ...v, recipientKind, recipientId });
      setOpen(false);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ kind: 'ky_luat', level: 'khien_trach' });
            setOpen(true);
          }}
        >
          Thêm
        </Button>
      </Space>
      <Table<DisciplineRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        locale={{ emptyText: 'Không có' }}
        columns={[
          { title: 'Loại', dataIndex: 'kind', render: (k: BlockKind, r) => `${BLOCK_KIND_LABEL[k]}${r.level ? ` - ${DISCIPLINE_LEVEL_LABEL[r.level]}` : ''}` },
          { title: 'Từ ngày', dataIndex: 'from', width: 110, render: formatDate },
          { title: 'Đến ngày', dataIndex: 'to', width: 110, render: (v?: string) => (v ? formatDate(v) : 'Đang hiệu lực') },
          { title: 'Ghi chú', dataIndex: 'note' },
          {
            title: '',
            width: 80,
            render: (_: unknown, r: DisciplineRecord) => <RowActions deleteTitle="Xóa ghi nhận này?" onDelete={() => deleteDiscipline(r.id)} />,
          },
        ]}
      />
      <Modal open={open} title="Kỷ luật, điều tra, khiếu nại" okText="Lưu" cancelText="Hủy" onOk={save} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" name="discipline">
          <Form.Item label="Loại" name="kind" rules={[{ required: true }]}>
            <Select options={BLOCK_KINDS.map((k) => ({ value: k, label: BLOCK_KIND_LABEL[k] }))} />
          </Form.Item>
          {kind === 'ky_luat' ? (
            <Form.Item label="Mức kỷ luật" name="level">
              <Select options={DISCIPLINE_LEVELS.map((l) => ({ value: l, label: DISCIPLINE_LEVEL_LABEL[l] }))} />
            </Form.Item>
          ) : null}
          <Form.Item label="Từ ngày" name="from" rules={[dateRule(true, 'ngày bắt đầu')]}>
            <DateInput />
          </Form.Item>
          <Form.Item label="Đến ngày (để trống nếu còn hiệu lực)" name="to" rules={[dateRule(false, 'ngày kết thúc')]}>
            <DateInput />
          </Form.Item>
          <Form.Item label="Ghi chú" name="note">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
