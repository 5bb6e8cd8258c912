import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { CRITERION_KINDS, type Criterion } from '@/domain/emulation/types';
import { CRITERION_KIND_LABEL } from '@/domain/emulation/labels';
import { criteriaMaxima } from '@/domain/emulation/criteria';
import { formatNumber } from '@/domain/text/format';
import { saveCriteria, type CriterionEdit } from '@/db/repositories/emulation/clusters';
import { useShowError } from '@/ui/showError';

interface FormValues {
  rows: CriterionEdit[];
}

/** The criteria table (bảng chấm điểm): groups, max points, weights, evidence, bonus and penalty items. */
export function CriteriaTab({ clusterYearId, criteria }: { clusterYearId: string; criteria: Criterion[] }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  const rows = Form.useWatch('rows', form) as CriterionEdit[] | undefined;
  useEffect(() => {
    form.setFieldsValue({ rows: criteria });
  }, [criteria, form]);
  const max = criteriaMaxima(
    (rows ?? []).filter((r) => r && r.kind).map((r) => ({ kind: r.kind, maxPoints: Number(r.maxPoints) || 0, weight: Number(r.weight) || 0 })),
  );
  const save = async () => {
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      message.error('Bảng tiêu chí còn dòng thiếu mã hoặc tên tiêu chí (ô viền đỏ). Chưa lưu.');
      return;
    }
    try {
      await saveCriteria(
        clusterYearId,
        (v.rows ?? []).map((r, i) => ({ ...r, order: i + 1, evidence: r.evidence ?? '', group: r.group ?? '' })),
      );
      message.success('Đã lưu bảng tiêu chí.');
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Form form={form} name="criteria" component={false}>
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              pagination={false}
              dataSource={fields}
              rowKey="key"
              data-testid="criteria-table"
              locale={{ emptyText: 'Chưa có tiêu chí. Thêm dòng, hoặc mở năm mới để sao chép bảng năm trước.' }}
              columns={[
                {
                  title: 'Mã',
                  width: 80,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'code']} noStyle rules={[{ required: true, whitespace: true, message: 'Nhập mã tiêu chí.' }]}>
                      <Input aria-label="Mã" />
                    </Form.Item>
                  ),
                },
                {
                  title: 'Nhóm',
                  width: 200,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'group']} noStyle>
                      <Input aria-label="Nhóm" />
                    </Form.Item>
                  ),
                },
                {
                  title: 'Tiêu chí',
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: 'Nhập tên tiêu chí.' }]}>
                      <Input aria-label="Tiêu chí" />
                    </Form.Item>
                  ),
                },
                {
                  title: 'Loại',
                  width: 130,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'kind']} noStyle>
                      <Select
                        aria-label="Loại"
                        style={{ width: '100%' }}
                        options={CRITERION_KINDS.map((k) => ({ value: k, label: CRITERION_KIND_LABEL[k] }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: 'Điểm tối đa',
                  width: 100,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'maxPoints']} noStyle>
                      <InputNumber aria-label="Điểm tối đa" min={0} decimalSeparator="," style={{ width: '100%' }} />
                    </Form.Item>
                  ),
                },
                {
                  title: 'Hệ số',
                  width: 80,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'weight']} noStyle>
                      <InputNumber aria-label="Hệ số" min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
                    </Form.Item>
                  ),
                },
                {
                  title: 'Minh chứng',
                  width: 220,
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'evidence']} noStyle>
                      <Input aria-label="Minh chứng" />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  width: 40,
                  render: (_: unknown, f) => <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="Xóa dòng" />,
                },
              ]}
            />
            <Space style={{ marginTop: 8 }}>
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  const last = rows?.[rows.length - 1];
                  add({ code: '', group: last?.group ?? '', name: '', kind: 'base', maxPoints: 10, weight: 1, evidence: '' });
                }}
              >
                Thêm tiêu chí
              </Button>
              <Button type="primary" onClick={() => void save()}>
                Lưu bảng tiêu chí
              </Button>
              <Typography.Text data-testid="criteria-maxima">
                Thang điểm {formatNumber(max.base, true)}; thưởng tối đa {formatNumber(max.bonus, true)}; trừ tối đa {formatNumber(max.penalty, true)}
              </Typography.Text>
            </Space>
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              showIcon
              message="Điểm của mỗi tiêu chí nhân với hệ số; điểm thưởng cộng thêm, điểm trừ trừ đi. Xóa một tiêu chí đã chấm sẽ xóa luôn điểm của tiêu chí đó."
            />
          </>
        )}
      </Form.List>
    </Form>
  );
}
