import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { OfficeProfile } from '@/domain/registry/types';
import { saveOfficeProfile } from '@/db/repositories/registry/settings';
import { provincesSorted } from '@/domain/registry/localities';
import { foldFilter } from '@/ui/foldFilter';
import { nameInText } from '@/domain/documents/officeText';
import {
  SIGN_FORMS,
  composeSignAuthority,
  parseSignAuthority,
  signFormInfo,
  signLine,
  signatureBlockLines,
  validateSignatureBlock,
  type SignForm,
} from '@/domain/print/signature';
import { Link } from 'react-router-dom';
import { OFFICE_SETUP_PATH, useOfficeProfile, useOfficeSetupState } from '@/ui/useOfficeProfile';
import { useShowError } from '@/ui/showError';

/** The form edits the authority line as a form of signing plus the head's title (or collective body). */
type FormValues = OfficeProfile & { signForm?: SignForm; signName?: string };

function toFormValues(p: OfficeProfile): FormValues {
  const parsed = parseSignAuthority(p.signAuthority);
  // An authority line outside the decree's forms leaves the choice empty: the user must pick one.
  return parsed.form === undefined ? { ...p, signForm: undefined, signName: '' } : { ...p, signForm: parsed.form, signName: parsed.name };
}

/** The two stored lines a form's values print as (Q. has no title line). */
function signatureOf(v: Partial<FormValues>): { signAuthority: string; leaderTitle: string } {
  const form = v.signForm ?? 'self';
  return { signAuthority: composeSignAuthority(form, v.signName), leaderTitle: form === 'Q' ? '' : signLine(v.leaderTitle) };
}

/** Office profile: printed on every document (agency block, place, signature). */
export function OfficeProfilePage() {
  const profile = useOfficeProfile();
  const setup = useOfficeSetupState();
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  useEffect(() => {
    if (profile) form.setFieldsValue(toFormValues(profile));
  }, [profile, form]);
  const signForm = Form.useWatch('signForm', form);
  const signName = Form.useWatch('signName', form);
  const leaderTitle = Form.useWatch('leaderTitle', form);
  const leaderName = Form.useWatch('leaderName', form);
  const allianceName = Form.useWatch('allianceName', form);
  const info = signForm ? signFormInfo(signForm) : undefined;
  const preview = signatureOf({ signForm, signName, leaderTitle });
  // What is stored now may predate this check: documents still print it, the screen says what is wrong.
  const storedProblem = profile ? validateSignatureBlock(profile.signAuthority, profile.leaderTitle) : undefined;

  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={4}>Thông tin cơ quan</Typography.Title>
      {setup && setup !== 'done' ? (
        <Alert
          data-testid="office-profile-unsaved"
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Thông tin cơ quan chưa được lưu: văn bản chưa in được."
          description={
            <>
              Các ô dưới đây là giá trị gợi ý, chưa phải của cơ quan. Sửa rồi bấm Lưu, hoặc dùng <Link to={OFFICE_SETUP_PATH}>thiết lập ban đầu</Link>.
            </>
          }
        />
      ) : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const { signForm: _f, signName: _n, ...rest } = v;
          try {
            await saveOfficeProfile({ ...profile!, ...rest, ...signatureOf(v) });
            message.success('Đã lưu thông tin cơ quan.');
          } catch (err) {
            showError(err);
          }
        }}
      >
        <Card size="small" title="Tiêu đề văn bản" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="Cơ quan chủ quản" name="parentBody" extra="In phía trên tên cơ quan, VD: UBND THÀNH PHỐ HÀ NỘI">
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Tên cơ quan" name="allianceName" rules={[{ required: true, message: 'Tên cơ quan là bắt buộc.' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Tỉnh/thành phố" name="provinceCode">
                <Select allowClear showSearch={{ filterOption: foldFilter }} options={provincesSorted().map((p) => ({ value: p.code, label: p.name }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Địa danh ghi ở dòng ngày tháng" name="placeName">
                <Input placeholder="Hà Nội" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Ký hiệu cơ quan trong số văn bản" name="documentPrefix" extra="VD: LMHTX trong “Số: 05/TTr-LMHTX”">
                <Input />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item label="Tên cơ quan viết trong câu văn" name="agencyNameInText" extra="Để trống: lấy tên cơ quan viết thường, như gợi ý">
                <Input placeholder={nameInText(allianceName ?? '')} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Ký hiệu đơn vị soạn thảo" name="draftingUnit" extra="In trong “- Lưu: VT, VP, 03.”">
                <Input placeholder="VP" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="Người ký" style={{ marginBottom: 12 }}>
          {storedProblem ? (
            <Alert
              data-testid="stored-signature-problem"
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Khối chữ ký đang lưu chưa đúng thể thức: “${signatureBlockLines(profile!.signAuthority, profile!.leaderTitle).join(' / ')}”`}
              description={`${storedProblem} Văn bản vẫn in như đang lưu cho đến khi sửa và bấm Lưu.`}
            />
          ) : null}
          <Form.Item
            label="Hình thức ký"
            name="signForm"
            dependencies={['signName', 'leaderTitle']}
            extra="Theo Nghị định 30/2020/NĐ-CP: người đứng đầu tự ký không ghi quyền hạn; cấp phó ký KT.; ký thay mặt tập thể TM.; trưởng đơn vị thuộc cơ quan ký TL. hoặc TUQ.; người được giao quyền cấp trưởng ký Q."
            rules={[
              ({ getFieldsValue }) => ({
                validator: async (_, value?: SignForm) => {
                  if (!value) throw new Error('Chọn hình thức ký.');
                  const s = signatureOf({ ...getFieldsValue(['signName', 'leaderTitle']), signForm: value });
                  const problem = validateSignatureBlock(s.signAuthority, s.leaderTitle);
                  if (problem) throw new Error(problem);
                },
              }),
            ]}
          >
            <Select
              style={{ maxWidth: 440 }}
              options={SIGN_FORMS.map((f) => ({ value: f.form, label: f.label }))}
              onChange={(f: SignForm) => {
                // The head's title is nearly always CHỦ TỊCH in an alliance: offer it rather than an empty line.
                const next = signFormInfo(f);
                if (next.nameLabel && !form.getFieldValue('signName') && f !== 'TM') form.setFieldValue('signName', next.namePlaceholder);
              }}
            />
          </Form.Item>
          <Row gutter={12}>
            {info?.nameLabel ? (
              <Col span={8}>
                <Form.Item label={info.nameLabel} name="signName" extra={`In sau “${info.prefix}”`}>
                  <Input placeholder={info.namePlaceholder} />
                </Form.Item>
              </Col>
            ) : null}
            {!info || info.titleLabel ? (
              <Col span={8}>
                <Form.Item label={info?.titleLabel ?? 'Chức vụ người ký'} name="leaderTitle">
                  <Input placeholder={info?.titlePlaceholder ?? 'PHÓ CHỦ TỊCH'} />
                </Form.Item>
              </Col>
            ) : null}
            <Col span={8}>
              <Form.Item label="Họ tên người ký" name="leaderName">
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <div
            data-testid="signature-preview"
            style={{
              border: '1px dashed #bbb',
              padding: '8px 16px',
              width: 320,
              textAlign: 'center',
              fontFamily: "'Times New Roman', 'Liberation Serif', 'Tinos', serif",
            }}
          >
            <Typography.Text type="secondary" style={{ display: 'block', fontFamily: 'inherit', fontSize: 12, marginBottom: 4 }}>
              Khối chữ ký khi in
            </Typography.Text>
            {signatureBlockLines(preview.signAuthority, preview.leaderTitle).map((l, i) => (
              <div key={i} style={{ fontWeight: 'bold' }}>
                {l}
              </div>
            ))}
            <div style={{ height: 28 }} />
            <div style={{ fontWeight: 'bold' }}>{leaderName || '\u00a0'}</div>
          </div>
        </Card>
        <Card size="small" title="Người sử dụng máy này" style={{ marginBottom: 12 }}>
          <Form.Item label="Tên người sử dụng (ghi vào nhật ký thay đổi)" name="userName">
            <Input />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit">
          Lưu
        </Button>
      </Form>
    </div>
  );
}
