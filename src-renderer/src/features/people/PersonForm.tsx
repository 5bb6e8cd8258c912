import { App, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import type { Person } from '@/domain/awards/types';
import { createPerson, updatePerson, type PersonInput } from '@/db/repositories/awards/people';
import { RecipientSelect } from '@/ui/RecipientSelect';
import { FormModal } from '@/ui/FormModal';

/** Create or edit a person (cá nhân) in a dialog. */
export function PersonForm({ open, person, unitId, onClose }: { open: boolean; person?: Person; unitId?: string; onClose: (saved?: Person) => void }) {
  const [form] = Form.useForm<PersonInput>();
  const { message } = App.useApp();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(person ?? { gender: 'nam', ethnicity: 'Kinh', ...(unitId ? { unitId } : {}) });
  }, [open, person, unitId, form]);
  const save = async (v: PersonInput) => {
    const saved = person ? await updatePerson(person.id, v) : await createPerson(v);
    message.success(`Đã lưu "${saved.fullName}".`);
    return saved;
  };
  return (
    <FormModal open={open} title={person ? 'Sửa thông tin cá nhân' : 'Thêm cá nhân'} form={form} name="person" save={save} onClose={onClose}>
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Giới tính" name="gender" rules={[{ required: true }]}>
        <Select
          options={[
            { value: 'nam', label: 'Nam' },
            { value: 'nu', label: 'Nữ' },
          ]}
        />
      </Form.Item>
      <Form.Item label="Năm sinh" name="birthYear">
        <InputNumber min={1900} max={new Date().getFullYear() - 14} style={{ width: 140 }} controls={false} />
      </Form.Item>
      <Form.Item label="Dân tộc" name="ethnicity">
        <Input />
      </Form.Item>
      <Form.Item label="Chức vụ" name="position">
        <Input />
      </Form.Item>
      <Form.Item label="Đơn vị" name="unitId">
        <RecipientSelect kind="unit" />
      </Form.Item>
      <Form.Item label="Điện thoại" name="phone">
        <Input />
      </Form.Item>
      <Form.Item label="Ghi chú" name="notes">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
