import { App, Button, DatePicker, Form, Input, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Programme } from '@/domain/emulation/types';
import { formatDate } from '@/domain/text/format';
import { deleteProgramme, saveProgramme } from '@/db/repositories/emulation/programmes';
import { useMovements, useProgrammes } from './useEmulation';
import { DATE_FORMAT } from './MovementFormPage';
import { RowActions } from '@/ui/RowActions';
import { FormModal } from '@/ui/FormModal';
import { byDate, byText } from '@/ui/tableSort';
import { PageHeader } from '@/ui/PageHeader';

interface FormValues {
  name: string;
  partnerBody: string;
  period: [Dayjs, Dayjs];
  content: string;
  movementIds: string[];
}

/** Chương trình phối hợp with other bodies, linked to movements. */
export function ProgrammesPage() {
  const programmes = useProgrammes();
  const movements = useMovements();
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const movementName = new Map((movements ?? []).map((m) => [m.id, m.name]));

  const open = (p: Programme | 'new') => setEditing(p);
  const save = async (v: FormValues) => {
    await saveProgramme(editing === 'new' ? undefined : editing?.id, {
      name: v.name ?? '',
      partnerBody: v.partnerBody,
      content: v.content ?? '',
      movementIds: v.movementIds ?? [],
      periodFrom: v.period[0].format('YYYY-MM-DD'),
      periodTo: v.period[1].format('YYYY-MM-DD'),
    });
    message.success('Đã lưu chương trình phối hợp.');
  };
  const movementNames = (p: Programme) =>
    p.movementIds
      .map((id) => movementName.get(id) ?? '')
      .filter(Boolean)
      .join('; ');
  return (
    <div>
      <PageHeader title="Chương trình phối hợp">
        <Button type="primary" onClick={() => open('new')}>
          Thêm chương trình
        </Button>
      </PageHeader>
      <Table<Programme>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={programmes ?? []}
        loading={programmes === undefined}
        locale={{ emptyText: 'Chưa có chương trình phối hợp.' }}
        columns={[
          { title: 'Tên chương trình', dataIndex: 'name', sorter: byText((p) => p.name) },
          { title: 'Cơ quan phối hợp', dataIndex: 'partnerBody', width: 260, sorter: byText((p) => p.partnerBody) },
          {
            title: 'Thời gian',
            width: 200,
            render: (_: unknown, p) => `${formatDate(p.periodFrom)} - ${formatDate(p.periodTo)}`,
            sorter: byDate((p) => p.periodFrom),
          },
          { title: 'Phong trào liên quan', render: (_: unknown, p) => movementNames(p), sorter: byText(movementNames) },
          {
            title: '',
            width: 110,
            render: (_: unknown, p) => <RowActions onEdit={() => open(p)} deleteTitle="Xóa chương trình này?" onDelete={() => deleteProgramme(p.id)} />,
          },
        ]}
      />
      <FormModal<FormValues, void>
        open={editing !== null}
        title="Chương trình phối hợp"
        form={form}
        name="programme"
        width={720}
        initialValues={editing && editing !== 'new' ? { ...editing, period: [dayjs(editing.periodFrom), dayjs(editing.periodTo)] } : {}}
        save={save}
        onClose={() => setEditing(null)}
      >
        <Form.Item label="Cơ quan phối hợp" name="partnerBody" rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan phối hợp.' }]}>
          <Input maxLength={300} placeholder="VD: Ban Thi đua - Khen thưởng thành phố" />
        </Form.Item>
        <Form.Item label="Tên chương trình" name="name">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="Thời gian thực hiện" name="period" rules={[{ required: true, message: 'Chọn thời gian.' }]}>
          <DatePicker.RangePicker format={DATE_FORMAT} placeholder={['Từ ngày', 'Đến ngày']} />
        </Form.Item>
        <Form.Item label="Nội dung" name="content">
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Form.Item label="Phong trào liên quan" name="movementIds">
          <Select mode="multiple" allowClear options={(movements ?? []).map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
