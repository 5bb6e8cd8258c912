import { Alert, App, Button, Form, Input, Modal, Space, Table, Tooltip } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { mapRegistrationRows, type RegistrationRow as SheetRow } from '@/domain/emulation/registration-import';
import { formatDate } from '@/domain/text/format';
import { listUnitRefs } from '@/db/repositories/registry/queries';
import { importRegistrations, registerUnit, removeRegistration, updateRegistration } from '@/db/repositories/emulation/movements';
import { useRegistrations, type RegistrationRow } from './useEmulation';
import { UnitPicker } from '@/ui/UnitPicker';
import { pickWorkbooks, sheetRows } from '@/ui/workbookFiles';
import { useShowError } from '@/ui/showError';
import { RowActions } from '@/ui/RowActions';
import { DateInput, dateRule } from '@/ui/DateInput';
import { FormModal } from '@/ui/FormModal';
import { byDate, byText } from '@/ui/tableSort';
import { TableExportButton } from '@/ui/TableExportButton';
import { useSortedView } from '@/ui/useSortedView';

interface FormValues {
  unitId?: string;
  targets: string;
  registeredDate?: string;
  notes?: string;
}

interface ImportPreview {
  fileName: string;
  rows: SheetRow[];
  errors: string[];
}

/** Registration list (danh sách đăng ký thi đua) of one movement, with import from a spreadsheet. */
export function RegistrationsSection({ movementId, movementName }: { movementId: string; movementName?: string }) {
  const rows = useRegistrations(movementId);
  const [editing, setEditing] = useState<RegistrationRow | 'new' | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const showError = useShowError();

  const { view, onChange: onTableChange } = useSortedView(rows);
  const open = (r: RegistrationRow | 'new') => setEditing(r);

  /** Rejects with the repository's error (shown by FormModal); validation happens there first. */
  const save = async (v: FormValues) => {
    const input = { targets: v.targets, registeredDate: v.registeredDate || undefined, notes: v.notes };
    if (editing === 'new') await registerUnit(movementId, { ...input, unitId: v.unitId ?? '' });
    else if (editing) await updateRegistration(editing.id, input);
    message.success('Đã lưu đăng ký thi đua.');
  };

  const startImport = async () => {
    const { books, errors } = await pickWorkbooks(false);
    const book = books[0];
    if (!book) {
      if (errors.length) message.error(errors.join(' '));
      return;
    }
    const { sheetName, rows: sheet } = sheetRows(book.wb);
    const units = await listUnitRefs();
    const mapped = mapRegistrationRows(sheet, units, book.fileName, sheetName);
    setPreview({ fileName: book.fileName, rows: mapped.rows, errors: mapped.errors });
  };

  const commitImport = async () => {
    if (!preview) return;
    const good = preview.rows.filter((r) => r.unitId && !r.problem);
    try {
      const res = await importRegistrations(
        movementId,
        good.map((r) => ({ unitId: r.unitId!, targets: r.targets, registeredDate: r.registeredDate, notes: r.notes })),
        preview.fileName,
      );
      message.success(`Đã nhập ${res.added} đăng ký mới, cập nhật ${res.updated}.`);
      setPreview(null);
    } catch (err) {
      showError(err);
    }
  };

  const importable = preview?.rows.filter((r) => r.unitId && !r.problem).length ?? 0;
  const problems = preview ? [...preview.errors, ...preview.rows.flatMap((r) => (r.problem ? [r.problem] : []))] : [];
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" onClick={() => open('new')}>
          Thêm đăng ký
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => void startImport().catch(showError)}>
          Nhập từ Excel
        </Button>
        <Tooltip title={rows?.length ? undefined : 'Chưa có đơn vị đăng ký để xuất.'}>
          <span>
            <TableExportButton
              disabled={!rows?.length}
              spec={() => ({
                fileName: 'Dang-ky-thi-dua',
                sheetName: 'Đăng ký thi đua',
                title: ['DANH SÁCH ĐĂNG KÝ THI ĐUA', ...(movementName ? [movementName] : [])],
                rows: view,
                columns: [
                  { title: 'STT', value: (_, i) => i + 1 },
                  { title: 'Đơn vị', value: (r) => r.unitName },
                  { title: 'Chỉ tiêu đăng ký', value: (r) => r.targets },
                  { title: 'Ngày đăng ký', value: (r) => formatDate(r.registeredDate) },
                  { title: 'Ghi chú', value: (r) => r.notes },
                ],
              })}
            />
          </span>
        </Tooltip>
        <span data-testid="registration-count">{rows ? `${rows.length} đơn vị đăng ký` : ''}</span>
      </Space>
      <Table<RegistrationRow>
        data-testid="registration-table"
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        loading={rows === undefined}
        locale={{ emptyText: 'Chưa có đơn vị đăng ký.' }}
        onChange={onTableChange}
        columns={[
          { title: 'STT', width: 60, render: (_: unknown, __: RegistrationRow, i: number) => i + 1 },
          { title: 'Đơn vị', dataIndex: 'unitName', width: 280, sorter: byText((r) => r.unitName) },
          { title: 'Chỉ tiêu đăng ký', dataIndex: 'targets', sorter: byText((r) => r.targets) },
          {
            title: 'Ngày đăng ký',
            dataIndex: 'registeredDate',
            width: 130,
            render: (d?: string) => formatDate(d),
            sorter: byDate((r) => r.registeredDate),
          },
          { title: 'Ghi chú', dataIndex: 'notes', width: 180, sorter: byText((r) => r.notes) },
          {
            title: '',
            width: 110,
            render: (_: unknown, r: RegistrationRow) => (
              <RowActions onEdit={() => open(r)} deleteTitle="Xóa bản đăng ký này?" onDelete={() => removeRegistration(r.id)} />
            ),
          },
        ]}
      />
      <FormModal<FormValues, void>
        open={editing !== null}
        title="Đăng ký thi đua"
        form={form}
        name="registration"
        initialValues={editing && editing !== 'new' ? { targets: editing.targets, registeredDate: editing.registeredDate, notes: editing.notes } : {}}
        save={save}
        onClose={() => setEditing(null)}
      >
        {editing === 'new' && (
          <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
            <UnitPicker />
          </Form.Item>
        )}
        <Form.Item label="Chỉ tiêu đăng ký" name="targets" rules={[{ required: true, whitespace: true, message: 'Nhập chỉ tiêu đăng ký.' }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item label="Ngày đăng ký" name="registeredDate" rules={[dateRule(false, 'ngày đăng ký')]}>
          <DateInput />
        </Form.Item>
        <Form.Item label="Ghi chú" name="notes">
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
      <Modal
        open={preview !== null}
        width={900}
        title={`Nhập đăng ký thi đua từ "${preview?.fileName ?? ''}"`}
        okText={`Nhập ${importable} đăng ký`}
        okButtonProps={{ disabled: importable === 0 }}
        cancelText="Hủy"
        onOk={commitImport}
        onCancel={() => setPreview(null)}
      >
        <p data-testid="registration-import-summary">{`${importable} dòng nhập được, ${problems.length} dòng có lỗi (bỏ qua).`}</p>
        {problems.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {problems.slice(0, 50).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
      </Modal>
    </>
  );
}
