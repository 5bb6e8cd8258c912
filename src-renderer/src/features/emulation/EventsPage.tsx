import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { EVENT_TYPES, type EmulationEvent, type EmulationEventType } from '@/domain/emulation/types';
import { EVENT_TYPE_LABEL } from '@/domain/emulation/labels';
import { formatDate, formatNumber } from '@/domain/text/format';
import { deleteEvent, saveEvent } from '@/db/repositories/emulation/programmes';
import { useEvents, useMovements } from './useEmulation';
import { DATE_FORMAT } from './MovementFormPage';
import { RowActions } from '@/ui/RowActions';
import { FormModal } from '@/ui/FormModal';
import { byDate, byNumber, byText } from '@/ui/tableSort';
import { PageHeader } from '@/ui/PageHeader';

interface FormValues {
  title: string;
  date: Dayjs;
  place: string;
  type: EmulationEventType;
  movementId?: string;
  participants?: number;
  notes?: string;
}

/** Hội nghị, tập huấn, sân khấu hóa tuyên truyền. */
export function EventsPage() {
  const events = useEvents();
  const movements = useMovements();
  const [editing, setEditing] = useState<EmulationEvent | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const movementName = new Map((movements ?? []).map((m) => [m.id, m.name]));
  const open = (e: EmulationEvent | 'new') => setEditing(e);
  const save = async (v: FormValues) => {
    await saveEvent(editing === 'new' ? undefined : editing?.id, {
      ...v,
      place: v.place ?? '',
      date: v.date.format('YYYY-MM-DD'),
      participants: v.participants ?? undefined,
    });
    message.success('Đã lưu sự kiện.');
  };
  return (
    <div>
      <PageHeader title="Hội nghị, tập huấn, tuyên truyền">
        <Button type="primary" onClick={() => open('new')}>
          Thêm sự kiện
        </Button>
      </PageHeader>
      <Table<EmulationEvent>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={events ?? []}
        loading={events === undefined}
        locale={{ emptyText: 'Chưa có sự kiện.' }}
        columns={[
          { title: 'Ngày', dataIndex: 'date', width: 110, render: (d: string) => formatDate(d), sorter: byDate((e) => e.date) },
          { title: 'Tên sự kiện', dataIndex: 'title', sorter: byText((e) => e.title) },
          {
            title: 'Loại',
            dataIndex: 'type',
            width: 200,
            render: (t: EmulationEventType) => EVENT_TYPE_LABEL[t],
            sorter: byText((e) => EVENT_TYPE_LABEL[e.type]),
          },
          { title: 'Địa điểm', dataIndex: 'place', width: 180, sorter: byText((e) => e.place) },
          {
            title: 'Phong trào',
            dataIndex: 'movementId',
            width: 220,
            render: (id?: string) => (id ? movementName.get(id) : ''),
            sorter: byText((e) => (e.movementId ? movementName.get(e.movementId) : '')),
          },
          {
            title: 'Số người dự',
            dataIndex: 'participants',
            width: 120,
            align: 'right',
            render: (n?: number) => formatNumber(n),
            sorter: byNumber((e) => e.participants),
          },
          {
            title: '',
            width: 110,
            render: (_: unknown, e) => <RowActions onEdit={() => open(e)} deleteTitle="Xóa sự kiện này?" onDelete={() => deleteEvent(e.id)} />,
          },
        ]}
      />
      <FormModal<FormValues, void>
        open={editing !== null}
        title="Sự kiện"
        form={form}
        name="event"
        width={640}
        initialValues={editing && editing !== 'new' ? { ...editing, date: dayjs(editing.date) } : { type: 'hoi_nghi' }}
        save={save}
        onClose={() => setEditing(null)}
      >
        <Form.Item label="Tên sự kiện" name="title" rules={[{ required: true, whitespace: true, message: 'Nhập tên sự kiện.' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space>
          <Form.Item label="Ngày" name="date" rules={[{ required: true, message: 'Chọn ngày.' }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item label="Loại" name="type">
            <Select style={{ width: 220 }} options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABEL[t] }))} />
          </Form.Item>
          <Form.Item label="Số người dự" name="participants">
            <InputNumber min={0} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item label="Địa điểm" name="place">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="Phong trào" name="movementId">
          <Select allowClear options={(movements ?? []).map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
        <Form.Item label="Ghi chú" name="notes">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
