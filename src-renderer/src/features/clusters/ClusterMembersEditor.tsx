import { Button, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClusterKind } from '@/domain/emulation/types';
import { provincesSorted } from '@/domain/registry/localities';
import { UnitPicker } from '@/ui/UnitPicker';
import { foldFilter } from '@/ui/foldFilter';

/** Members of a cluster inside a Form: alliances with their province (cụm) or registry units (khối). */
export function ClusterMembersEditor({ kind }: { kind: ClusterKind }) {
  const provinces = provincesSorted().map((p) => ({ value: p.code, label: p.name }));
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
              <span style={{ width: 24, display: 'inline-block' }}>{i + 1}.</span>
              <Form.Item name={[field.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: 'Nhập tên thành viên.' }]}
                style={{ marginBottom: 4 }}
              >
                <Input placeholder="Tên thành viên, VD: Liên minh HTX thành phố Hà Nội" style={{ width: 380 }} data-testid={`member-name-${i}`} />
              </Form.Item>
              {kind === 'cum' ? (
                <Form.Item name={[field.name, 'provinceCode']} style={{ marginBottom: 4 }}>
                  <Select showSearch={{ filterOption: foldFilter }} allowClear placeholder="Tỉnh/thành" style={{ width: 220 }} options={provinces} />
                </Form.Item>
              ) : (
                <Form.Item name={[field.name, 'unitId']} style={{ marginBottom: 4, width: 300 }}>
                  <UnitPicker placeholder="Đơn vị trong danh bạ" />
                </Form.Item>
              )}
              <MinusCircleOutlined onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
            Thêm thành viên
          </Button>
        </>
      )}
    </Form.List>
  );
}
