import { App, Form, Input, Modal, Switch } from 'antd';
import { useEffect } from 'react';
import type { EligibilityRule, RuleCondition } from '@/domain/awards/types';
import { saveRule } from '@/db/repositories/awards/catalog';
import { DateInput, dateRule } from '@/features/nominations/DateInput';

const KINDS = ['prerequisite', 'consecutive', 'countInWindow', 'rating', 'initiative', 'excludeTypes', 'quota', 'noBlocking', 'memberShare', 'memberDiscipline', 'documents'];

interface Values { effectiveFrom: string; effectiveTo?: string; legalBasis: string; needsCheck: boolean; condition: string }

/**
 * Edit a rule: dates in force, legal basis, and the condition as data (JSON) so a change in the
 * law is a data edit; a changed rule is best added as a new rule from its effective date.
 */
export function RuleForm({ catalogCode, rule, open, onClose }: { catalogCode: string; rule?: EligibilityRule; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(rule
      ? { ...rule, needsCheck: rule.needsCheck === 1, condition: JSON.stringify(rule.condition, null, 2) }
      : { effectiveFrom: '2025-07-01', legalBasis: '', needsCheck: false, condition: JSON.stringify({ kind: 'rating', minRating: 'tot', years: 1 }, null, 2) });
  }, [open, rule, form]);
  const save = async () => {
    const v = await form.validateFields();
    let condition: RuleCondition;
    try {
      condition = JSON.parse(v.condition) as RuleCondition;
      if (!KINDS.includes((condition as { kind?: string }).kind ?? '')) throw new Error(`"kind" phải là một trong: ${KINDS.join(', ')}`);
    } catch (err) {
      message.error(`Điều kiện không hợp lệ: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    try {
      await saveRule({
        ...(rule ? { id: rule.id } : {}), catalogCode, effectiveFrom: v.effectiveFrom, ...(v.effectiveTo ? { effectiveTo: v.effectiveTo } : {}),
        legalBasis: v.legalBasis, needsCheck: v.needsCheck ? 1 : 0, condition,
      });
      onClose();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Modal open={open} title={rule ? 'Sửa điều kiện' : 'Thêm điều kiện'} okText="Lưu" cancelText="Hủy" onOk={save} onCancel={onClose} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" name="rule">
        <Form.Item label="Có hiệu lực từ" name="effectiveFrom" rules={[dateRule(true, 'ngày có hiệu lực')]}><DateInput /></Form.Item>
        <Form.Item label="Hết hiệu lực (để trống nếu còn hiệu lực)" name="effectiveTo" rules={[dateRule(false, 'ngày hết hiệu lực')]}><DateInput /></Form.Item>
        <Form.Item label="Căn cứ" name="legalBasis"><Input /></Form.Item>
        <Form.Item label="Cần kiểm tra với văn bản" name="needsCheck" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item label="Điều kiện (dữ liệu)" name="condition" rules={[{ required: true }]}><Input.TextArea rows={8} style={{ fontFamily: 'monospace' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
