import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import type { RecipientKind } from '@/domain/awards/types';
import { addNomination, type NominationInput } from '@/db/repositories/awards/nominations';
import { RecipientSelect } from './RecipientSelect';
import { catalogOptions, useCatalog } from './useCatalog';
import { foldFilter } from '@/ui/foldFilter';

type Values = Omit<NominationInput, 'roundId'>;

/** Add a nominee to a round: collective or individual, proposed award, achievement summary. */
export function AddNominationModal({ roundId, open, onClose }: { roundId: string; open: boolean; onClose: (id?: string) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('recipientKind', form) ?? 'person') as RecipientKind;
  const catalog = useCatalog();
  const { message } = App.useApp();
  useEffect(() => {
    if (open) { form.resetFields(); form.setFieldsValue({ recipientKind: 'person' }); }
  }, [open, form]);
  const save = async () => {
    const v = await form.validateFields();
    try {
      const n = await addNomination({ ...v, roundId });
      onClose(n.id);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Modal open={open} title="Thêm đề nghị" okText="Thêm" cancelText="Hủy" onOk={save} onCancel={() => onClose()} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" name="nomination">
        <Form.Item label="Đối tượng" name="recipientKind">
          <Radio.Group onChange={() => form.setFieldsValue({ recipientId: undefined as unknown as string, catalogCode: undefined as unknown as string })}
            options={[{ value: 'person', label: 'Cá nhân' }, { value: 'unit', label: 'Tập thể' }]} />
        </Form.Item>
        <Form.Item label={kind === 'unit' ? 'Tập thể' : 'Cá nhân'} name="recipientId" rules={[{ required: true, message: 'Chọn đối tượng.' }]}>
          <RecipientSelect kind={kind} />
        </Form.Item>
        <Form.Item label="Hình thức đề nghị" name="catalogCode" rules={[{ required: true, message: 'Chọn hình thức đề nghị.' }]}>
          <Select showSearch={{ filterOption: foldFilter }} options={catalogOptions(catalog, kind)} />
        </Form.Item>
        <Form.Item label="Tóm tắt thành tích" name="summary"><Input.TextArea rows={4} /></Form.Item>
        <Form.Item label="Ghi chú" name="note"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
