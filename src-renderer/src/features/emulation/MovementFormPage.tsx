import { App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MOVEMENT_LEVELS, MOVEMENT_STATUSES, type Movement } from '@/domain/emulation/types';
import { MOVEMENT_LEVEL_LABEL, MOVEMENT_STATUS_LABEL } from '@/domain/emulation/labels';
import { createMovement, updateMovement, type MovementInput } from '@/db/repositories/emulation/movements';
import { useMovement } from './useEmulation';
import { useShowError } from '@/ui/showError';
import { DateInput, dateRule } from '@/ui/DateInput';
import { useLeaveGuard } from '@/ui/useLeaveGuard';
import { BackLink } from '@/ui/PageHeader';

export const DATE_FORMAT = 'DD/MM/YYYY';

type FormValues = MovementInput;

function toForm(m: Movement): FormValues {
  return m;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

export function MovementFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const existing = useMovement(id);
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  useLeaveGuard(dirty);
  // Leave after the guard has been switched off (a render later), so a saved form is not questioned.
  useEffect(() => {
    if (savedTo && !dirty) navigate(savedTo);
  }, [savedTo, dirty, navigate]);

  useEffect(() => {
    if (existing) form.setFieldsValue(toForm(existing));
  }, [existing, form]);

  if (editing && existing === null) return <Typography.Text>Không tìm thấy phong trào.</Typography.Text>;

  const onFinish = async (v: FormValues) => {
    setSaving(true);
    try {
      const saved = editing ? await updateMovement(id, v) : await createMovement(v);
      message.success(editing ? 'Đã lưu thay đổi.' : 'Đã thêm phong trào.');
      setDirty(false);
      setSavedTo(`/movements/${saved.id}`);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ maxWidth: 980 }}>
      <BackLink back={editing ? { to: `/movements/${id}`, label: existing?.name ?? 'Phong trào' } : { to: '/movements', label: 'Danh sách phong trào' }} />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {editing ? `Sửa phong trào: ${existing?.name ?? ''}` : 'Thêm phong trào thi đua'}
      </Typography.Title>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError
        initialValues={{ level: 'alliance', status: 'open', content: '', criteriaText: '', launchingBody: '' }}
      >
        <Card size="small">
          <Row gutter={12}>
            <Col span={24}>
              <Form.Item label="Tên phong trào" name="name" rules={required('Nhập tên phong trào.')}>
                <Input maxLength={300} placeholder="VD: Đoàn kết, sáng tạo, nâng cao hiệu quả hoạt động của HTX" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label="Từ ngày" name="periodFrom" required rules={[dateRule(true, 'ngày bắt đầu')]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item
                label="Đến ngày"
                name="periodTo"
                required
                dependencies={['periodFrom']}
                rules={[
                  dateRule(true, 'ngày kết thúc'),
                  ({ getFieldValue }) => ({
                    validator: async (_: unknown, to?: string) => {
                      const from = getFieldValue('periodFrom') as string | undefined;
                      if (from && to && !from.startsWith('invalid:') && !to.startsWith('invalid:') && to < from)
                        throw new Error('Ngày kết thúc phải sau ngày bắt đầu.');
                    },
                  }),
                ]}
              >
                <DateInput />
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
              <Form.Item label="Cơ quan phát động" name="launchingBody" rules={required('Nhập cơ quan phát động.')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Nội dung" name="content" rules={required('Nhập nội dung phong trào.')}>
                <Input.TextArea rows={4} maxLength={10000} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Tiêu chí thi đua" name="criteriaText" rules={required('Nhập tiêu chí thi đua.')}>
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
