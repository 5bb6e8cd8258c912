import { Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Initiative } from '@/domain/awards/types';
import { INITIATIVE_LEVELS } from '@/domain/awards/types';
import { INITIATIVE_LEVEL_LABEL } from '@/domain/awards/labels';
import { deleteInitiative, listInitiatives, saveInitiative, type InitiativeInput } from '@/db/repositories/awards/people';
import { getAwardsByIds } from '@/db/repositories/awards/queries';
import { useShowError } from '@/ui/showError';

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
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div data-testid="initiatives">
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => open({ year: new Date().getFullYear() - 1, level: 'co_so' })}>Thêm sáng kiến</Button>
      </Space>
      <Table<Initiative>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        locale={{ emptyText: 'Chưa có sáng kiến' }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 70 },
          { title: 'Tên sáng kiến', dataIndex: 'title' },
          { title: 'Cấp công nhận', dataIndex: 'level', width: 190, render: (l: Initiative['level']) => INITIATIVE_LEVEL_LABEL[l] },
          { title: 'Cơ quan công nhận', dataIndex: 'recognisedBy' },
          {
            title: 'Đã dùng cho',
            dataIndex: 'usedByAwardId',
            render: (id?: string) => (id ? <Tag color="orange">{usedBy?.get(id) ?? 'Khen thưởng'}</Tag> : <Tag color="green">Chưa dùng</Tag>),
          },
          {
            title: '',
            width: 110,
            render: (_: unknown, i: Initiative) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(i)}>
                  Sửa
                </Button>
                <Popconfirm title={`Xóa sáng kiến "${i.title}"?`} okText="Xóa" cancelText="Không" onConfirm={() => deleteInitiative(i.id).catch(showError)}>
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
