import { App, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { OfficeProfile } from '@/domain/registry/types';
import { saveOfficeProfile } from '@/db/repositories/registry/settings';
import { provincesSorted } from '@/domain/registry/localities';
import { useOfficeProfile } from './useOfficeProfile';

/** Office profile: printed on every document (agency block, place, signature). */
export function OfficeProfilePage() {
  const profile = useOfficeProfile();
  const [form] = Form.useForm<OfficeProfile>();
  const { message } = App.useApp();
  useEffect(() => {
    if (profile) form.setFieldsValue(profile);
  }, [profile, form]);
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={4}>Thông tin cơ quan</Typography.Title>
      <Form<OfficeProfile>
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          try {
            await saveOfficeProfile({ ...profile!, ...v });
            message.success('Đã lưu thông tin cơ quan.');
          } catch (err) {
            message.error(err instanceof Error ? err.message : String(err));
          }
        }}
      >
        <Card size="small" title="Tiêu đề văn bản" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={12}><Form.Item label="Cơ quan chủ quản" name="parentBody" extra="In phía trên tên cơ quan, VD: UBND THÀNH PHỐ HÀ NỘI"><Input /></Form.Item></Col>
            <Col span={12}><Form.Item label="Tên cơ quan" name="allianceName" rules={[{ required: true, message: 'Tên cơ quan là bắt buộc.' }]}><Input /></Form.Item></Col>
            <Col span={8}>
              <Form.Item label="Tỉnh/thành phố" name="provinceCode">
                <Select allowClear showSearch optionFilterProp="label" options={provincesSorted().map((p) => ({ value: p.code, label: p.name }))} />
              </Form.Item>
            </Col>
            <Col span={8}><Form.Item label="Địa danh ghi ở dòng ngày tháng" name="placeName"><Input placeholder="Hà Nội" /></Form.Item></Col>
            <Col span={8}><Form.Item label="Ký hiệu cơ quan trong số văn bản" name="documentPrefix" extra="VD: LMHTX trong “Số: 05/TTr-LMHTX”"><Input /></Form.Item></Col>
          </Row>
        </Card>
        <Card size="small" title="Người ký" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={8}><Form.Item label="Quyền hạn ký" name="signAuthority" extra="VD: KT. CHỦ TỊCH; để trống nếu Chủ tịch ký"><Input /></Form.Item></Col>
            <Col span={8}><Form.Item label="Chức vụ người ký" name="leaderTitle"><Input placeholder="PHÓ CHỦ TỊCH" /></Form.Item></Col>
            <Col span={8}><Form.Item label="Họ tên người ký" name="leaderName"><Input /></Form.Item></Col>
          </Row>
        </Card>
        <Card size="small" title="Người sử dụng máy này" style={{ marginBottom: 12 }}>
          <Form.Item label="Tên người sử dụng (ghi vào nhật ký thay đổi)" name="userName"><Input /></Form.Item>
        </Card>
        <Button type="primary" htmlType="submit">Lưu</Button>
      </Form>
    </div>
  );
}
