import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MOVEMENT_LEVELS, MOVEMENT_STATUSES, type Movement } from '@/domain/emulation/types';
import { MOVEMENT_LEVEL_LABEL, MOVEMENT_STATUS_LABEL } from '@/domain/emulation/labels';
import { createMovement, updateMovement, type MovementInput } from '@/db/repositories/emulation/movements';
import { useMovement } from './useEmulation';
import { useShowError } from '@/ui/showError';

export const DATE_FORMAT = 'DD/MM/YYYY';

interface FormValues extends Omit<MovementInput, 'periodFrom' | 'periodTo'> {
  period: [Dayjs, Dayjs];
}

function toForm(m: Movement): FormValues {
  return { ...m, period: [dayjs(m.periodFrom), dayjs(m.periodTo)] };
}

export function MovementFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const existing = useMovement(id);
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (existing) form.setFieldsValue(toForm(existing));
  }, [existing, form]);

  if (editing && existing === null) return <Typography.Text>Không tìm thấy phong trào.</Typography.Text>;

  const onFinish = async (v: FormValues) => {
    setSaving(true);
    try {
      const { period, ...rest } = v;
      const input: MovementInput = { ...rest, periodFrom: period[0].format('YYYY-MM-DD'), periodTo: period[1].format('YYYY-MM-DD') };
      const saved = editing ? await updateMovement(id, input) : await createMovement(input);
      message.success(editing ? 'Đã lưu thay đổi.' : 'Đã thêm phong trào.');
      navigate(`/movements/${saved.id}`);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ maxWidth: 980 }}>
      <Typography.Title level={4}>{editing ? `Sửa phong trào: ${existing?.name ?? ''}` : 'Thêm phong trào thi đua'}</Typography.Title>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ level: 'alliance', status: 'open', content: '', criteriaText: '', launchingBody: '' }}
      >
        <Card size="small">
          <Row gutter={12}>
            <Col span={24}>
              <Form.Item label="Tên phong trào" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên phong trào.' }]}>
                <Input maxLength={300} placeholder="VD: Đoàn kết, sáng tạo, nâng cao hiệu quả hoạt động của HTX" />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item label="Thời gian thực hiện" name="period" rules={[{ required: true, message: 'Chọn thời gian thực hiện.' }]}>
                <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={['Từ ngày', 'Đến ngày']} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Cấp phát động" name="level">
                <Select options={MOVEMENT_LEVELS.map((l) => ({ value: l, label: MOVEMENT_LEVEL_LABEL[l] }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Trạng thái" name="status">
                <Select options={MOVEMENT_STATUSES.map((s) => ({ value: s, label: MOVEMENT_STATUS_LABEL[s] }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Cơ quan phát động" name="launchingBody">
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Nội dung" name="content">
                <Input.TextArea rows={4} maxLength={10000} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Tiêu chí thi đua" name="criteriaText">
                <Input.TextArea rows={4} maxLength={10000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            Lưu
          </Button>
          <Button onClick={() => navigate(editing ? `/movements/${id}` : '/movements')}>Hủy</Button>
        </Space>
      </Form>
    </div>
  );
}
