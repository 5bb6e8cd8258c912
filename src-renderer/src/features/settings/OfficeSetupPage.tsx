import { App, AutoComplete, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { getOfficeProfile, saveOfficeProfile, skipOfficeSetup } from '@/db/repositories/registry/settings';
import { provincesSorted } from '@/domain/registry/localities';
import {
  ALLIANCE_LEVELS,
  LEADER_TITLES,
  NATIONAL_SEAT_PROVINCE,
  profileFromSetup,
  setupProblem,
  suggestOffice,
  type AllianceLevel,
  type OfficeSetupAnswers,
} from '@/domain/registry/officeSetup';
import { signatureBlockLines } from '@/domain/print/signature';
import { foldFilter } from '@/ui/foldFilter';
import { useShowError } from '@/ui/showError';
import { useOfficeProfile, useOfficeSetupState } from '@/ui/useOfficeProfile';

/** Fields filled from the level and province until the user types in them. */
const SUGGESTED = ['allianceName', 'parentBody', 'placeName', 'documentPrefix'] as const;

/** Where to go after the setup: the page that asked for it (a print view), else the registry. */
function backPath(raw: string | null): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/units';
}

/**
 * First start: the few answers every printed document needs (which alliance, where, who signs, the
 * document symbol). Skippable to look around; documents ask for it before printing.
 */
export function OfficeSetupPage() {
  const [form] = Form.useForm<OfficeSetupAnswers>();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = useOfficeSetupState();
  const profile = useOfficeProfile();
  const edited = useRef(new Set<string>());
  const provinces = useMemo(() => provincesSorted().map((p) => ({ value: p.code, label: p.name })), []);
  const level = Form.useWatch('level', form);
  const leaderTitle = Form.useWatch('leaderTitle', form);
  const leaderName = Form.useWatch('leaderName', form);
  const prefix = Form.useWatch('documentPrefix', form);
  const back = backPath(params.get('back'));

  // An office that finished the setup before sees what it saved (the level is read back from the name).
  useEffect(() => {
    if (state !== 'done' || !profile) return;
    const national = /VIỆT NAM$/.test(profile.allianceName);
    form.setFieldsValue({
      level: national ? 'national' : 'province',
      provinceCode: profile.provinceCode ?? '',
      allianceName: profile.allianceName,
      parentBody: profile.parentBody,
      placeName: profile.placeName,
      leaderName: profile.leaderName,
      leaderTitle: profile.leaderTitle,
      documentPrefix: profile.documentPrefix,
    });
  }, [state, profile, form]);

  const suggest = (nextLevel: AllianceLevel, provinceCode: string | undefined) => {
    const s = suggestOffice(nextLevel, provinceCode);
    for (const k of SUGGESTED) if (!edited.current.has(k)) form.setFieldValue(k, s[k]);
  };

  const finish = async (v: OfficeSetupAnswers) => {
    try {
      await saveOfficeProfile(profileFromSetup(v, await getOfficeProfile()));
      message.success('Đã lưu thông tin cơ quan.');
      navigate(back);
    } catch (err) {
      showError(err);
    }
  };

  const skip = async (to: string) => {
    try {
      if (state !== 'done') await skipOfficeSetup();
      navigate(to);
    } catch (err) {
      showError(err);
    }
  };

  const deputy = (leaderTitle ?? '').toLocaleUpperCase('vi').startsWith('PHÓ ');
  const preview = signatureBlockLines(deputy ? 'KT. CHỦ TỊCH' : '', (leaderTitle ?? '').toLocaleUpperCase('vi'));

  return (
    <div style={{ maxWidth: 860 }} data-testid="office-setup">
      <Typography.Title level={4}>Thiết lập ban đầu</Typography.Title>
      <Typography.Paragraph type="secondary">
        Nhập thông tin của cơ quan để văn bản in ra (tờ trình, danh sách, biên bản, báo cáo) đúng tên cơ quan, địa danh, ký hiệu và người ký. Có thể sửa lại bất
        cứ lúc nào ở mục <Link to="/settings">Thông tin cơ quan</Link>.
      </Typography.Paragraph>
      <Form<OfficeSetupAnswers>
        form={form}
        layout="vertical"
        initialValues={{ level: 'province', leaderTitle: 'CHỦ TỊCH', documentPrefix: 'LMHTX' }}
        onValuesChange={(changed: Partial<OfficeSetupAnswers>) => {
          for (const k of SUGGESTED) if (k in changed) edited.current.add(k);
          if ('level' in changed) {
            const next = changed.level!;
            if (next === 'national' && !form.getFieldValue('provinceCode')) form.setFieldValue('provinceCode', NATIONAL_SEAT_PROVINCE);
            suggest(next, form.getFieldValue('provinceCode'));
          }
          if ('provinceCode' in changed) suggest(form.getFieldValue('level'), changed.provinceCode);
        }}
        onFinish={(v) => void finish(v)}
      >
        <Card size="small" title="Cơ quan" style={{ marginBottom: 12 }}>
          <Form.Item label="Cấp của Liên minh" name="level">
            <Radio.Group options={ALLIANCE_LEVELS.map((l) => ({ value: l.value, label: l.label }))} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item
                label={level === 'national' ? 'Nơi đặt trụ sở' : 'Tỉnh/thành phố'}
                name="provinceCode"
                extra="34 tỉnh, thành phố từ 01/07/2025; gõ không dấu cũng tìm được"
                rules={[{ required: true, message: 'Chọn tỉnh/thành phố.' }]}
              >
                <Select showSearch={{ filterOption: foldFilter }} placeholder="Gõ để tìm, VD: nghe an" options={provinces} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item label="Tên cơ quan" name="allianceName" rules={[{ required: true, whitespace: true, message: 'Tên cơ quan là bắt buộc.' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item label="Địa danh ghi ở dòng ngày tháng" name="placeName">
                <Input />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item label="Cơ quan chủ quản" name="parentBody" extra="In phía trên tên cơ quan; để trống nếu không có">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="Người ký và số văn bản" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item label="Họ tên người ký" name="leaderName" rules={[{ required: true, whitespace: true, message: 'Nhập họ tên người ký.' }]}>
                <Input placeholder="VD: Nguyễn Văn An" />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                label="Chức vụ người ký"
                name="leaderTitle"
                extra={deputy ? 'Cấp phó ký thay Chủ tịch: văn bản in “KT. CHỦ TỊCH”.' : 'Chủ tịch tự ký: không ghi quyền hạn ký.'}
                rules={[{ required: true, whitespace: true, message: 'Nhập chức vụ người ký.' }]}
              >
                <AutoComplete options={LEADER_TITLES.map((t) => ({ value: t }))} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                label="Ký hiệu cơ quan trong số văn bản"
                name="documentPrefix"
                extra={`In là “Số: 05/TTr-${prefix || 'LMHTX'}”`}
                rules={[
                  {
                    validator: async (_, value?: string) => {
                      const problem = setupProblem({ ...form.getFieldsValue(true), documentPrefix: value });
                      if (problem && /[Kk]ý hiệu/.test(problem)) throw new Error(problem);
                    },
                  },
                ]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={14}>
              <div
                data-testid="setup-signature-preview"
                style={{ border: '1px dashed #bbb', padding: '6px 12px', width: 300, textAlign: 'center', marginTop: 4 }}
              >
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  Khối chữ ký khi in
                </Typography.Text>
                {preview.map((l) => (
                  <div key={l} style={{ fontWeight: 'bold' }}>
                    {l}
                  </div>
                ))}
                <div style={{ height: 16 }} />
                <div style={{ fontWeight: 'bold' }}>{leaderName || '\u00a0'}</div>
              </div>
            </Col>
          </Row>
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            Lưu và bắt đầu
          </Button>
          {state !== 'done' ? (
            <>
              <Button onClick={() => void skip('/demo')}>Để sau, xem thử với dữ liệu mẫu</Button>
              <Button type="link" onClick={() => void skip('/units')}>
                Để sau
              </Button>
            </>
          ) : null}
        </Space>
      </Form>
    </div>
  );
}
