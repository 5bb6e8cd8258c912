import { App, Button, Form, InputNumber, Modal, Popconfirm, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { UnitYear } from '@/domain/registry/types';
import { UNIT_YEAR_NUMBER_FIELDS } from '@/domain/registry/types';
import { UNIT_YEAR_LABEL } from '@/domain/registry/labels';
import { formatNumber } from '@/domain/text/format';
import { deleteUnitYear, listUnitYears, saveUnitYear, UnitYearValidationError, type UnitYearInput } from '@/db/repositories/registry/unitYears';
import { useShowError } from '@/ui/showError';

/** Year-by-year indicators of one unit, edited one year at a time in a dialog. */
export function UnitYearsSection({ unitId }: { unitId: string }) {
  const rows = useLiveQuery(() => listUnitYears(unitId), [unitId]);
  const [editing, setEditing] = useState<Partial<UnitYear> | null>(null);
  const [form] = Form.useForm<UnitYearInput>();
  const { message } = App.useApp();
  const showError = useShowError();

  const open = (row: Partial<UnitYear>) => {
    setEditing(row);
    form.resetFields();
    form.setFieldsValue(row);
  };

  const save = async () => {
    const values = await form.validateFields();
    try {
      if (editing?.year !== undefined && editing.year !== values.year) await deleteUnitYear(unitId, editing.year);
      await saveUnitYear(unitId, values);
      setEditing(null);
      message.success(`Đã lưu chỉ tiêu năm ${values.year}.`);
    } catch (err) {
      if (err instanceof UnitYearValidationError) {
        form.setFields(Object.entries(err.errors).map(([name, msg]) => ({ name: name as keyof UnitYearInput, errors: [msg as string] })));
      } else showError(err);
    }
  };

  const nextYear = rows?.length ? Math.max(...rows.map((r) => r.year)) + 1 : new Date().getFullYear() - 1;
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => open({ year: Math.min(nextYear, new Date().getFullYear()) })}>Thêm năm</Button>
      </Space>
      <Table<UnitYear>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        scroll={{ x: 1200 }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 70, fixed: 'left' },
          ...UNIT_YEAR_NUMBER_FIELDS.map((f) => ({
            title: UNIT_YEAR_LABEL[f],
            dataIndex: f,
            align: 'right' as const,
            render: (v?: number) => formatNumber(v),
          })),
          {
            title: '',
            width: 120,
            fixed: 'right',
            render: (_: unknown, r: UnitYear) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(r)}>
                  Sửa
                </Button>
                <Popconfirm
                  title={`Xóa chỉ tiêu năm ${r.year}?`}
                  okText="Xóa"
                  cancelText="Không"
                  onConfirm={() => deleteUnitYear(unitId, r.year).catch(showError)}
                >
                  <Button type="link" size="small" danger>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title="Chỉ tiêu năm" okText="Lưu" cancelText="Hủy" onOk={save} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form form={form} layout="vertical" name="unitYear">
          <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
            <InputNumber min={1945} max={new Date().getFullYear()} style={{ width: 140 }} />
          </Form.Item>
          {UNIT_YEAR_NUMBER_FIELDS.map((f) => (
            <Form.Item key={f} label={UNIT_YEAR_LABEL[f]} name={f}>
              <InputNumber<number>
                style={{ width: '100%' }}
                min={f === 'profit' ? undefined : 0}
                formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : formatNumber(Number(v)))}
                parser={(t) => (t ? Number(t.replace(/\./g, '').replace(',', '.')) : (undefined as unknown as number))}
              />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
