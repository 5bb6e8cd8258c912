import { App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { todayIso } from '@/domain/text/format';
import { decideNomination, type DecisionInput } from '@/db/repositories/awards/nominations';
import { DateInput, dateRule } from '@/ui/DateInput';
import { useShowError } from '@/ui/showError';

/** Record the award decision; the award is written into the nominee's history. */
export function DecisionModal({ nominationIds, authority, open, onClose }: { nominationIds: string[]; authority: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<DecisionInput>();
  const { message } = App.useApp();
  const showError = useShowError();
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ decisionDate: todayIso(), decisionAuthority: authority });
    }
  }, [open, form, authority]);
  const save = async () => {
    let v: Awaited<ReturnType<typeof form.validateFields>>;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing beside each field
    }
    try {
      for (const id of nominationIds) await decideNomination(id, v);
      message.success(`Đã ghi quyết định cho ${nominationIds.length} đề nghị.`);
      onClose();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Modal open={open} title="Quyết định khen thưởng" okText="Ghi quyết định" cancelText="Hủy" onOk={save} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="decision">
        <Form.Item label="Số quyết định" name="decisionNumber" rules={[{ required: true, whitespace: true, message: 'Nhập số quyết định.' }]}>
          <Input placeholder="ví dụ 125/QĐ-UBND" />
        </Form.Item>
        <Form.Item label="Ngày quyết định" name="decisionDate" rules={[dateRule(true, 'ngày quyết định')]}>
          <DateInput />
        </Form.Item>
        <Form.Item
          label="Cơ quan, người quyết định"
          name="decisionAuthority"
          rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan quyết định.' }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
