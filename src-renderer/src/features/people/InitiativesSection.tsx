import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Initiative } from '@/domain/awards/types';
import { INITIATIVE_LEVELS } from '@/domain/awards/types';
import { INITIATIVE_LEVEL_LABEL } from '@/domain/awards/labels';
import { deleteInitiative, listInitiatives, saveInitiative, type InitiativeInput } from '@/db/repositories/awards/people';
import { getAwardsByIds } from '@/db/repositories/awards/queries';
import { useShowError } from '@/ui/showError';
import { TableExportButton } from '@/ui/TableExportButton';
import { byNumber, byText } from '@/ui/tableSort';

/** Recognised initiatives (sáng kiến); each supports one award only. */
export function InitiativesSection({ personId }: { personId: string }) {
  const rows = useLiveQuery(() => listInitiatives(personId), [personId]);
  const usedBy = useLiveQuery(async () => {
    const ids = (rows ?? []).map((i) => i.usedByAwardId).filter((x): x is string => !!x);
    const awards = await getAwardsByIds(ids);
    return new Map(awards.map((a) => [a.id, `${a.awardName} năm ${a.year}`]));
  }, [rows]);
  const [editing, setEditing] = useState<Partial<Initiative> | null>(null);
  const [form] = Form.useForm<InitiativeInput>();
  const showError = useShowError();
  const { message } = App.useApp();
  const usedText = (i: Initiative) => (i.usedByAwardId ? (usedBy?.get(i.usedByAwardId) ?? 'Khen thưởng') : 'Chưa dùng');
  const open = (i: Partial<Initiative>) => {
    setEditing(i);
    form.resetFields();
    form.setFieldsValue(i);
  };
  const save = async () => {
    const v = await form.validateFields();
    try {
      await saveInitiative({ ...v, personId, ...(editing?.id ? { id: editing.id } : {}) });
      setEditing(null);
      message.success(`Đã lưu sáng kiến "${v.title}".`);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div data-testid="initiatives">
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => open({ year: new Date().getFullYear() - 1, level: 'co_so' })}>Thêm sáng kiến</Button>
        <TableExportButton<Initiative>
          disabled={!rows?.length}
          spec={() => ({
            fileName: 'Sang kien',
            title: ['SÁNG KIẾN'],
            columns: [
              { title: 'Năm', value: (i) => i.year, width: 8 },
              { title: 'Tên sáng kiến', value: (i) => i.title, width: 50 },
              { title: 'Cấp công nhận', value: (i) => INITIATIVE_LEVEL_LABEL[i.level], width: 24 },
              { title: 'Cơ quan công nhận', value: (i) => i.recognisedBy, width: 30 },
              { title: 'Đã dùng cho', value: usedText, width: 36 },
            ],
            rows: [...(rows ?? [])].sort((a, b) => a.year - b.year),
          })}
        />
      </Space>
      <Table<Initiative>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        locale={{ emptyText: 'Chưa có sáng kiến' }}
        columns={[
          { title: <span>Năm</span>, dataIndex: 'year', width: 80, sorter: byNumber((i) => i.year) },
          { title: <span>Tên sáng kiến</span>, dataIndex: 'title', sorter: byText((i) => i.title) },
          {
            title: <span>Cấp công nhận</span>,
            dataIndex: 'level',
            width: 190,
            sorter: byText((i) => INITIATIVE_LEVEL_LABEL[i.level]),
            render: (l: Initiative['level']) => INITIATIVE_LEVEL_LABEL[l],
          },
          { title: <span>Cơ quan công nhận</span>, dataIndex: 'recognisedBy', sorter: byText((i) => i.recognisedBy) },
          {
            title: <span>Đã dùng cho</span>,
            dataIndex: 'usedByAwardId',
            sorter: byText(usedText),
            render: (id?: string) => (id ? <Tag color="orange">{usedBy?.get(id) ?? 'Khen thưởng'}</Tag> : <Tag color="green">Chưa dùng</Tag>),
          },
          {
            title: <span className="sr-only">Thao tác</span>,
            width: 110,
            render: (_: unknown, i: Initiative) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(i)}>
                  Sửa
                </Button>
                <Popconfirm title={`Xóa sáng kiến "${i.title}"?`} okText="Xóa" cancelText="Hủy" onConfirm={() => deleteInitiative(i.id).catch(showError)}>
                  <Button type="link" size="small" danger>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title="Sáng kiến" okText="Lưu" cancelText="Hủy" onOk={save} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form form={form} layout="vertical" name="initiative">
          <Form.Item label="Tên sáng kiến" name="title" rules={[{ required: true, whitespace: true, message: 'Nhập tên sáng kiến.' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="Năm công nhận" name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
            <InputNumber min={1945} max={new Date().getFullYear()} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="Cấp công nhận" name="level" rules={[{ required: true }]}>
            <Select options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: INITIATIVE_LEVEL_LABEL[l] }))} />
          </Form.Item>
          <Form.Item label="Cơ quan, quyết định công nhận" name="recognisedBy">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
