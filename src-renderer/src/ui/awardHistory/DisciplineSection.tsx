import { App, Button, Form, Input, Modal, Select, Space, Table } from 'antd';
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
import { TableExportButton } from '../TableExportButton';
import { byDate, byText } from '../tableSort';

const kindText = (r: DisciplineRecord) => `${BLOCK_KIND_LABEL[r.kind]}${r.level ? ` - ${DISCIPLINE_LEVEL_LABEL[r.level]}` : ''}`;

/** Discipline, investigation and pending complaints: any of them in force blocks an award. */
export function DisciplineSection({ recipientKind, recipientId }: { recipientKind: RecipientKind; recipientId: string }) {
  const rows = useLiveQuery(() => listDisciplines(recipientKind, recipientId), [recipientKind, recipientId]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DisciplineInput>();
  const kind = Form.useWatch('kind', form);
  const showError = useShowError();
  const { message } = App.useApp();
  const save = async () => {
    const v = await form.validateFields();
    try {
      await saveDiscipline({ ...v, recipientKind, recipientId });
      setOpen(false);
      message.success('Đã lưu ghi nhận kỷ luật, điều tra, khiếu nại.');
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
        <TableExportButton<DisciplineRecord>
          disabled={!rows?.length}
          spec={() => ({
            fileName: 'Ky luat dieu tra khieu nai',
            title: ['KỶ LUẬT, ĐIỀU TRA, KHIẾU NẠI'],
            columns: [
              { title: 'Loại', value: kindText, width: 30 },
              { title: 'Từ ngày', value: (r) => formatDate(r.from), width: 12 },
              { title: 'Đến ngày', value: (r) => (r.to ? formatDate(r.to) : 'Đang hiệu lực'), width: 14 },
              { title: 'Ghi chú', value: (r) => r.note, width: 50 },
            ],
            rows: rows ?? [],
          })}
        />
      </Space>
      <Table<DisciplineRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        locale={{ emptyText: 'Không có' }}
        columns={[
          { title: <span>Loại</span>, dataIndex: 'kind', sorter: byText(kindText), render: (_k: BlockKind, r) => kindText(r) },
          { title: <span>Từ ngày</span>, dataIndex: 'from', width: 120, render: formatDate, sorter: byDate((r) => r.from) },
          {
            title: <span>Đến ngày</span>,
            dataIndex: 'to',
            width: 120,
            render: (v?: string) => (v ? formatDate(v) : 'Đang hiệu lực'),
            sorter: byDate((r) => r.to),
          },
          { title: <span>Ghi chú</span>, dataIndex: 'note', sorter: byText((r) => r.note) },
          {
            title: <span className="sr-only">Thao tác</span>,
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
