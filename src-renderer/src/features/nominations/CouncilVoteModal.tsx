import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import type { CouncilThreshold } from '@/domain/awards/types';
import { evaluateCouncilVote, validateBallot, type CouncilBallot } from '@/domain/awards/council';
import { todayIso } from '@/domain/text/format';
import { recordCouncilVote } from '@/db/repositories/awards/nominations';
import { DateInput, dateRule } from '@/ui/DateInput';
import { useShowError } from '@/ui/showError';

type Values = CouncilBallot & { meetingDate: string };

/** Record the council's secret-ballot result; shows pass/fail against the title's threshold as you type. */
export function CouncilVoteModal({
  nominationId,
  threshold,
  open,
  onClose,
}: {
  nominationId: string;
  threshold: CouncilThreshold;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const showError = useShowError();
  const { message } = App.useApp();
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ meetingDate: todayIso() });
    }
  }, [open, form]);
  const complete =
    values && [values.membersTotal, values.membersPresent, values.ballotsIssued, values.ballotsValid, values.votesFor].every((n) => typeof n === 'number');
  const errors = complete ? validateBallot(values) : [];
  const outcome = complete && errors.length === 0 ? evaluateCouncilVote(values, threshold) : null;
  const save = async () => {
    let v: Awaited<ReturnType<typeof form.validateFields>>;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing beside each field
    }
    try {
      const vote = await recordCouncilVote(nominationId, v);
      void message.success(vote.passed ? 'Đã ghi kết quả biểu quyết: Đạt.' : 'Đã ghi kết quả biểu quyết: Không đạt.');
      onClose();
    } catch (err) {
      showError(err);
    }
  };
  const num = (name: keyof CouncilBallot, label: string) => (
    <Form.Item label={label} name={name} rules={[{ required: true, message: `Nhập ${label.toLowerCase()}.` }]}>
      <InputNumber min={0} precision={0} style={{ width: 140 }} />
    </Form.Item>
  );
  return (
    <Modal open={open} title="Kết quả biểu quyết của Hội đồng" okText="Ghi kết quả" cancelText="Hủy" onOk={save} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="councilVote">
        <Form.Item label="Ngày họp" name="meetingDate" rules={[dateRule(true, 'ngày họp')]}>
          <DateInput />
        </Form.Item>
        {num('membersTotal', 'Tổng số thành viên')}
        {num('membersPresent', 'Số có mặt')}
        {num('ballotsIssued', 'Số phiếu phát ra')}
        {num('ballotsValid', 'Số phiếu hợp lệ')}
        {num('votesFor', 'Số phiếu đồng ý')}
      </Form>
      {errors.length ? <Alert type="error" title={errors.join(' ')} /> : null}
      {outcome ? <Alert data-testid="vote-outcome" type={outcome.passed ? 'success' : 'warning'} title={outcome.message} /> : null}
    </Modal>
  );
}
