import { App, Button, Form, InputNumber, Modal, Popconfirm, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { TableExportButton } from '@/ui/TableExportButton';
import { byNumber } from '@/ui/tableSort';
import type { UnitYear } from '@/domain/registry/types';
import { UNIT_YEAR_NUMBER_FIELDS } from '@/domain/registry/types';
import { UNIT_YEAR_LABEL } from '@/domain/registry/labels';
import { formatNumber } from '@/domain/text/format';
import { deleteUnitYear, listUnitYears, saveUnitYear, UnitYearValidationError, type UnitYearInput } from '@/db/repositories/registry/unitYears';
import { useShowError } from '@/ui/showError';

/** 1.234.567.890 that may wrap only after a thousands dot when a column is narrow. */
function breakableNumber(v?: number) {
  const parts = formatNumber(v).split('.');
  return parts.map((p, i) => (i < parts.length - 1 ? [p, '.', <wbr key={i} />] : p));
}

/** Year-by-year indicators of one unit, edited one year at a time in a dialog. */
export function UnitYearsSection({ unitId, unitName }: { unitId: string; unitName?: string }) {
  const rows = useLiveQuery(() => listUnitYears(unitId), [unitId]);
  // The rows as shown (sorted by the user's column), for the export.
  const [shownRows, setSorted] = useState<UnitYear[] | undefined>();
  const sorted = shownRows && shownRows.length === rows?.length ? shownRows : (rows ?? []);
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
      <div className="page-toolbar">
        <Button onClick={() => open({ year: Math.min(nextYear, new Date().getFullYear()) })}>Thêm năm</Button>
        <TableExportButton<UnitYear>
          disabled={!rows?.length}
          spec={() => ({
            fileName: `Chi tieu theo nam - ${unitName ?? ''}`.trim(),
            title: [`CHỈ TIÊU THEO NĂM${unitName ? `: ${unitName}` : ''}`],
            columns: [
              { title: 'Năm', value: (r) => r.year, width: 8 },
              ...UNIT_YEAR_NUMBER_FIELDS.map((f) => ({ title: UNIT_YEAR_LABEL[f], value: (r: UnitYear) => r[f], width: 18 })),
            ],
            rows: sorted,
          })}
        />
      </div>
      {/* Fits the page at 1366x768 without a horizontal scroll bar: fixed layout, headers and long figures wrap. */}
      <Table<UnitYear>
        size="small"
        rowKey="id"
        className="fit-table unit-years-table"
        data-testid="unit-years-table"
        tableLayout="fixed"
        pagination={false}
        dataSource={rows ?? []}
        onChange={(_p, _f, _s, extra) => setSorted(extra.currentDataSource)}
        columns={[
          { title: <span>Năm</span>, dataIndex: 'year', width: 72, sorter: byNumber((r) => r.year), defaultSortOrder: 'ascend' },
          ...UNIT_YEAR_NUMBER_FIELDS.map((f) => ({
            title: <span>{UNIT_YEAR_LABEL[f]}</span>,
            dataIndex: f,
            align: 'right' as const,
            // Head counts are short; the money columns share the rest of the width.
            ...(f === 'members' || f === 'workers' ? { width: 92 } : {}),
            sorter: byNumber<UnitYear>((r) => r[f]),
            render: (v?: number) => breakableNumber(v),
          })),
          {
            title: <span className="sr-only">Thao tác</span>,
            width: 68,
            render: (_: unknown, r: UnitYear) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<EditOutlined aria-hidden />} aria-label={`Sửa năm ${r.year}`} title="Sửa" onClick={() => open(r)} />
                <Popconfirm
                  title={`Xóa chỉ tiêu năm ${r.year}?`}
                  okText="Xóa"
                  cancelText="Hủy"
                  onConfirm={() =>
                    deleteUnitYear(unitId, r.year)
                      .then(() => message.success(`Đã xóa chỉ tiêu năm ${r.year}.`))
                      .catch(showError)
                  }
                >
                  <Button type="text" size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`Xóa năm ${r.year}`} title="Xóa" />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title="Chỉ tiêu năm" okText="Lưu" cancelText="Hủy" onOk={save} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form form={form} layout="vertical" name="unitYear">
          <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
            <InputNumber min={1945} max={new Date().getFullYear()} style={{ width: 140 }} controls={false} />
          </Form.Item>
          {UNIT_YEAR_NUMBER_FIELDS.map((f) => (
            <Form.Item key={f} label={UNIT_YEAR_LABEL[f]} name={f}>
              <InputNumber<number>
                style={{ width: '100%' }}
                controls={false}
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
