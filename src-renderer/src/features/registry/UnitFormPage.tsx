import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Spin, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Unit } from '@/domain/registry/types';
import { SECTORS, UNIT_KINDS } from '@/domain/registry/types';
import { SECTOR_LABEL, UNIT_KIND_FULL_LABEL } from '@/domain/registry/labels';
import type { UnitInput } from '@/domain/registry/validation';
import { createUnit, DuplicateTaxCodeError, updateUnit, UnitValidationError } from '@/db/repositories/registry/units';
import { communesSorted, provincesSorted } from '@/domain/registry/localities';
import { isYearOnly } from '@/domain/text/partialDate';
import { normaliseTaxCode, taxCodeCheckWarning } from '@/domain/registry/taxCode';
import { todayIso } from '@/domain/text/format';
import { DateInput, dateRule } from '@/ui/DateInput';
import { BackLink } from '@/ui/PageHeader';
import { useUnit } from './useUnits';
import { useShowError } from '@/ui/showError';
import { foldFilter } from '@/ui/foldFilter';

interface FormValues extends Omit<UnitInput, 'foundedDate' | 'member'> {
  /** ISO date from DateInput (or "invalid:…" while the text is not a date). */
  foundedDate?: string;
  /** The founding year when only the year is known. */
  foundedYear?: number | null;
  /** "Chỉ biết năm": the founding date is stored as "yyyy", never padded to 01/01. */
  foundedYearOnly: boolean;
  member: boolean;
}

function toFormValues(u: Unit): FormValues {
  const yearOnly = isYearOnly(u.foundedDate);
  return {
    ...u,
    foundedDate: yearOnly ? undefined : u.foundedDate,
    foundedYear: yearOnly ? Number(u.foundedDate) : null,
    foundedYearOnly: yearOnly,
    member: u.member === 1,
  };
}

function toInput(v: FormValues, status: Unit['status'], statusDate?: string): UnitInput {
  const { foundedDate, foundedYear, foundedYearOnly, member, ...rest } = v;
  return {
    ...rest,
    status,
    statusDate,
    member: member ? 1 : 0,
    foundedDate: foundedYearOnly ? (foundedYear ? String(foundedYear) : undefined) : foundedDate || undefined,
    memberSince: member ? (v.memberSince ?? undefined) : undefined,
  };
}

export function UnitFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const existing = useUnit(id);
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const [duplicate, setDuplicate] = useState<DuplicateTaxCodeError | null>(null);
  const [saving, setSaving] = useState(false);
  const provinceCode = Form.useWatch('provinceCode', form);
  const member = Form.useWatch('member', form);
  const foundedYearOnly = Form.useWatch('foundedYearOnly', form) === true;

  useEffect(() => {
    if (existing) form.setFieldsValue(toFormValues(existing));
  }, [existing, form]);

  if (editing && existing === null) return <Typography.Text>Không tìm thấy đơn vị.</Typography.Text>;
  // The form mounts with the stored values: text typed into a still-empty form would be merged
  // with them when they arrive (and could be saved half-loaded).
  if (editing && existing === undefined) return <Spin />;

  const onFinish = async (values: FormValues) => {
    setDuplicate(null);
    setSaving(true);
    try {
      const input = toInput(values, existing?.status ?? 'active', existing?.statusDate);
      const saved = editing ? await updateUnit(id, input) : await createUnit(input);
      message.success(editing ? 'Đã lưu thay đổi.' : 'Đã thêm đơn vị.');
      navigate(`/units/${saved.id}`);
    } catch (err) {
      if (err instanceof UnitValidationError) {
        form.setFields(Object.entries(err.errors).map(([name, msg]) => ({ name: name as keyof FormValues, errors: [msg as string] })));
      } else if (err instanceof DuplicateTaxCodeError) {
        setDuplicate(err);
        form.setFields([{ name: 'taxCode', errors: [err.message] }]);
      } else {
        showError(err);
      }
    } finally {
      setSaving(false);
    }
  };

  const communes = communesSorted(provinceCode);
  const thisYear = new Date().getFullYear();
  const yearOnlyBox = (
    <Form.Item name="foundedYearOnly" valuePropName="checked" noStyle>
      <Checkbox
        onChange={(e) => {
          const iso = form.getFieldValue('foundedDate') as string | undefined;
          if (e.target.checked && iso && /^\d{4}/.test(iso)) form.setFieldValue('foundedYear', Number(iso.slice(0, 4)));
          if (!e.target.checked) form.setFieldValue('foundedDate', undefined);
        }}
      >
        Chỉ biết năm
      </Checkbox>
    </Form.Item>
  );
  return (
    <div style={{ maxWidth: 980 }}>
      <BackLink back={editing ? { to: `/units/${id}`, label: existing?.name ?? 'Đơn vị' } : { to: '/units', label: 'Danh bạ đơn vị' }} />
      <Typography.Title level={4}>{editing ? `Sửa đơn vị: ${existing?.name ?? ''}` : 'Thêm đơn vị'}</Typography.Title>
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={existing ? toFormValues(existing) : { kind: 'htx', member: false, foundedYearOnly: false }}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Card size="small" title="Thông tin chung" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item label="Loại hình" name="kind" rules={[{ required: true }]}>
                <Select options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_FULL_LABEL[k] }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Tên đơn vị là bắt buộc.' }]}>
                <Input placeholder="VD: HTX Dương Liễu" maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Tên viết tắt" name="shortName">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                label="Mã số thuế / mã số HTX"
                name="taxCode"
                extra="10 chữ số, chi nhánh dạng 0123456789-001"
                rules={[
                  {
                    // A wrong check digit is only a warning: old codes and the office's own records keep it.
                    warningOnly: true,
                    validator: async (_: unknown, v?: string) => {
                      const warning = taxCodeCheckWarning(normaliseTaxCode(v));
                      if (warning) throw new Error(warning);
                    },
                  },
                ]}
              >
                <Input maxLength={20} inputMode="numeric" />
              </Form.Item>
              {duplicate && (
                <div style={{ marginTop: -16, marginBottom: 12 }} data-testid="duplicate-link">
                  <Link to={`/units/${duplicate.existing.id}`}>Mở đơn vị đã có: {duplicate.existing.name}</Link>
                </div>
              )}
            </Col>
            <Col span={8}>
              <Form.Item label="Lĩnh vực" name="sector">
                <Select allowClear options={SECTORS.map((s) => ({ value: s, label: SECTOR_LABEL[s] }))} />
              </Form.Item>
            </Col>
            <Col span={5}>
              {/* Back to a full date: the day is asked for, not assumed to be 01/01. */}
              {foundedYearOnly ? (
                <Form.Item label="Năm thành lập" name="foundedYear" extra={yearOnlyBox}>
                  <InputNumber min={1900} max={thisYear} controls={false} style={{ width: '100%' }} placeholder="yyyy" />
                </Form.Item>
              ) : (
                <Form.Item
                  label="Ngày thành lập"
                  name="foundedDate"
                  extra={yearOnlyBox}
                  rules={[
                    dateRule(false, 'ngày thành lập'),
                    {
                      validator: async (_: unknown, v?: string) => {
                        if (v && !v.startsWith('invalid:') && v > todayIso()) throw new Error('Ngày thành lập không được sau hôm nay.');
                      },
                    },
                  ]}
                >
                  <DateInput />
                </Form.Item>
              )}
            </Col>
            <Col span={5}>
              <Form.Item label="Chủ tịch / Giám đốc" name="leaderName">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="Địa bàn" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item label="Tỉnh/thành phố" name="provinceCode">
                <Select
                  allowClear
                  showSearch={{ filterOption: foldFilter }}
                  onChange={() => form.setFieldValue('communeCode', undefined)}
                  options={provincesSorted().map((p) => ({ value: p.code, label: p.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Xã/phường/đặc khu" name="communeCode">
                <Select
                  allowClear
                  showSearch={{ filterOption: foldFilter }}
                  disabled={!communes.length}
                  options={communes.map((c) => ({ value: c.code, label: c.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Quận/huyện cũ (trước 01/07/2025)" name="legacyDistrict">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Địa chỉ" name="address">
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="Liên minh và liên hệ" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={5}>
              <Form.Item label="Thành viên liên minh" name="member" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label="Năm kết nạp" name="memberSince">
                <InputNumber min={1945} max={2100} disabled={!member} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Điện thoại" name="phone">
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Email" name="email">
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Ghi chú" name="notes">
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            Lưu
          </Button>
          <Button onClick={() => navigate(editing ? `/units/${id}` : '/units')}>Hủy</Button>
        </Space>
      </Form>
    </div>
  );
}
