import { Form, Input, Modal, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { CommendationType, RecipientKind } from '@/domain/awards/types';
import { COMMENDATION_TYPES } from '@/domain/awards/types';
import { COMMENDATION_TYPE_LABEL } from '@/domain/awards/labels';
import { addNomination, defaultCommendationType, type NominationInput } from '@/db/repositories/awards/nominations';
import { getRound } from '@/db/repositories/awards/rounds';
import { RecipientSelect } from '@/ui/RecipientSelect';
import { catalogOptions, useCatalog } from '@/ui/useCatalog';
import { foldFilter } from '@/ui/foldFilter';
import { useShowError } from '@/ui/showError';

type Values = Omit<NominationInput, 'roundId' | 'commendationType'> & { commendationType: CommendationType };

/**
 * Add a nominee to a round: collective or individual, proposed award, its commendation type (which
 * picks the standard it is judged by: a đột xuất Bằng khen is not judged by the chain), summary.
 * The type follows the round (đột xuất, chuyên đề), else the entry, until the user picks one.
 */
export function AddNominationModal({ roundId, open, onClose }: { roundId: string; open: boolean; onClose: (id?: string) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('recipientKind', form) ?? 'person') as RecipientKind;
  const code = Form.useWatch('catalogCode', form);
  const catalog = useCatalog();
  const round = useLiveQuery(() => getRound(roundId), [roundId]);
  const typeChosen = useRef(false);
  const showError = useShowError();
  useEffect(() => {
    if (!open) return;
    typeChosen.current = false;
    form.resetFields();
    form.setFieldsValue({ recipientKind: 'person' });
  }, [open, form]);
  useEffect(() => {
    if (!open || typeChosen.current) return;
    form.setFieldsValue({
      commendationType: defaultCommendationType(
        round,
        catalog?.find((c) => c.code === code),
      ),
    });
  }, [open, code, round, catalog, form]);
  const save = async () => {
    let v: Awaited<ReturnType<typeof form.validateFields>>;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing beside each field
    }
    try {
      const n = await addNomination({ ...v, roundId });
      onClose(n.id);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Modal open={open} title="Thêm đề nghị" okText="Thêm" cancelText="Hủy" onOk={save} onCancel={() => onClose()} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" name="nomination">
        <Form.Item label="Đối tượng" name="recipientKind">
          <Radio.Group
            onChange={() => form.setFieldsValue({ recipientId: undefined as unknown as string, catalogCode: undefined as unknown as string })}
            options={[
              { value: 'person', label: 'Cá nhân' },
              { value: 'unit', label: 'Tập thể' },
            ]}
          />
        </Form.Item>
        <Form.Item label={kind === 'unit' ? 'Tập thể' : 'Cá nhân'} name="recipientId" rules={[{ required: true, message: 'Chọn đối tượng.' }]}>
          <RecipientSelect kind={kind} />
        </Form.Item>
        <Form.Item label="Hình thức đề nghị" name="catalogCode" rules={[{ required: true, message: 'Chọn hình thức đề nghị.' }]}>
          <Select showSearch={{ filterOption: foldFilter }} options={catalogOptions(catalog, kind)} />
        </Form.Item>
        <Form.Item
          label="Loại hình khen thưởng"
          name="commendationType"
          rules={[{ required: true, message: 'Chọn loại hình khen thưởng.' }]}
          extra="Quyết định tiêu chuẩn được áp dụng: khen đột xuất, theo chuyên đề được xét theo tiêu chuẩn riêng, không theo chuỗi thành tích."
        >
          <Select
            options={COMMENDATION_TYPES.map((t) => ({ value: t, label: COMMENDATION_TYPE_LABEL[t] }))}
            onChange={() => {
              typeChosen.current = true;
            }}
          />
        </Form.Item>
        <Form.Item label="Tóm tắt thành tích" name="summary">
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
