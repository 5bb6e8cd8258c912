import { Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { NominationRound } from '@/domain/awards/types';
import { ROUND_TYPES } from '@/domain/awards/types';
import { ROUND_TYPE_LABEL } from '@/domain/awards/labels';
import { listMovementsByName } from '@/db/repositories/emulation/queries';
import { createRound, normalizeMeetingTime, updateRound, type RoundInput } from '@/db/repositories/awards/rounds';
import { DateInput, dateRule } from '@/ui/DateInput';
import { FormModal } from '@/ui/FormModal';

/** Create or edit a nomination round (đợt xét khen thưởng). */
export function RoundForm({ open, round, onClose }: { open: boolean; round?: NominationRound; onClose: (saved?: NominationRound) => void }) {
  const [form] = Form.useForm<RoundInput>();
  const movements = useLiveQuery(() => listMovementsByName(), []);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const y = new Date().getFullYear() - 1;
    form.setFieldsValue(round ?? { year: y, type: 'nam', name: `Khen thưởng tổng kết năm ${y}` });
  }, [open, round, form]);
  const save = (v: RoundInput) => (round ? updateRound(round.id, v) : createRound(v));
  return (
    <FormModal open={open} title={round ? 'Sửa đợt xét' : 'Tạo đợt xét khen thưởng'} form={form} name="round" save={save} onClose={onClose}>
      <Form.Item label="Tên đợt" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên đợt.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Năm thành tích" name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
        <InputNumber min={1945} max={new Date().getFullYear() + 1} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="Loại đợt" name="type" rules={[{ required: true }]}>
        <Select options={ROUND_TYPES.map((t) => ({ value: t, label: ROUND_TYPE_LABEL[t] }))} />
      </Form.Item>
      <Form.Item label="Thuộc phong trào" name="movementId">
        <Select allowClear options={(movements ?? []).map((m) => ({ value: m.id, label: m.name }))} placeholder="(không)" />
      </Form.Item>
      <Form.Item label="Hạn nộp hồ sơ" name="deadline" rules={[dateRule(false, 'hạn nộp')]}>
        <DateInput />
      </Form.Item>
      <Form.Item label="Số tờ trình" name="letterNumber">
        <Input placeholder="ví dụ 05" />
      </Form.Item>
      <Form.Item label="Ngày tờ trình" name="letterDate" rules={[dateRule(false, 'ngày tờ trình')]}>
        <DateInput />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        Họp Hội đồng Thi đua - Khen thưởng (in trong biên bản)
      </Divider>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="Ngày họp" name="meetingDate" rules={[dateRule(false, 'ngày họp')]}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="Giờ họp"
            name="meetingTime"
            rules={[
              {
                validator: async (_, v?: string) => {
                  normalizeMeetingTime(v);
                },
              },
            ]}
          >
            <Input placeholder="08:30" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Địa điểm họp" name="meetingPlace">
        <Input placeholder="Hội trường Liên minh Hợp tác xã thành phố" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="Chủ tịch Hội đồng (họ tên)" name="chairName">
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Chức vụ của Chủ tịch Hội đồng" name="chairTitle">
            <Input placeholder="Chủ tịch Liên minh Hợp tác xã thành phố" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Thư ký Hội đồng (họ tên)" name="secretaryName">
        <Input />
      </Form.Item>
    </FormModal>
  );
}
