import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import type { CatalogEntry } from '@/domain/awards/types';
import { AWARD_LEVELS, COMMENDATION_TYPES } from '@/domain/awards/types';
import { AWARD_LEVEL_LABEL, CATALOG_KIND_LABEL, COMMENDATION_TYPE_LABEL, RECIPIENT_LABEL, VOTE_BASE_LABEL } from '@/domain/awards/labels';
import { saveCatalogEntry, type CatalogInput } from '@/db/repositories/awards/catalog';
import { DateInput, dateRule } from '@/ui/DateInput';
import { FormModal } from '@/ui/FormModal';

type Values = Omit<CatalogInput, 'active' | 'council'> & { active: boolean; councilPercent?: number; councilBase?: 'full' | 'present' };

/** Edit one catalogue entry; the council threshold and its base are explicit per title. */
export function CatalogEntryForm({ entry, open, nextOrder, onClose }: { entry?: CatalogEntry; open: boolean; nextOrder: number; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  // Read, not a dependency: the catalogue changing under an open form (start-up seeding) must not reset what the user typed.
  const orderRef = useRef(nextOrder);
  orderRef.current = nextOrder;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      entry
        ? { ...entry, active: entry.active === 1, councilPercent: entry.council?.percent, councilBase: entry.council?.base ?? 'full' }
        : { kind: 'form', recipient: 'unit', level: 'co_so', commendationType: 'thuong_xuyen', active: true, sortOrder: orderRef.current, councilBase: 'full' },
    );
  }, [open, entry, form]);
  const save = ({ councilPercent, councilBase, active, ...v }: Values) =>
    saveCatalogEntry({
      ...v,
      active: active ? 1 : 0,
      ...(councilPercent ? { council: { percent: councilPercent, base: councilBase ?? 'full' } } : {}),
    });
  return (
    <FormModal
      open={open}
      title={entry ? `Sửa "${entry.name}"` : 'Thêm danh hiệu, hình thức'}
      form={form}
      name="catalogEntry"
      width={640}
      save={save}
      onClose={() => onClose()}
    >
      <Form.Item label="Mã" name="code" rules={[{ required: true, message: 'Nhập mã.' }]}>
        <Input disabled={!!entry} placeholder="VD: BK_HUYEN" />
      </Form.Item>
      <Form.Item label="Tên" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Loại" name="kind">
        <Select options={(['title', 'form'] as const).map((k) => ({ value: k, label: CATALOG_KIND_LABEL[k] }))} />
      </Form.Item>
      <Form.Item label="Đối tượng" name="recipient">
        <Select options={(['unit', 'person'] as const).map((k) => ({ value: k, label: RECIPIENT_LABEL[k] }))} />
      </Form.Item>
      <Form.Item label="Cấp" name="level">
        <Select options={AWARD_LEVELS.map((l) => ({ value: l, label: AWARD_LEVEL_LABEL[l] }))} />
      </Form.Item>
      <Form.Item label="Thẩm quyền quyết định" name="authority">
        <Input />
      </Form.Item>
      <Form.Item label="Loại hình khen thưởng" name="commendationType">
        <Select options={COMMENDATION_TYPES.map((t) => ({ value: t, label: COMMENDATION_TYPE_LABEL[t] }))} />
      </Form.Item>
      <Form.Item label="Ngưỡng biểu quyết của Hội đồng (%)" name="councilPercent">
        <InputNumber min={1} max={100} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="Tính trên" name="councilBase">
        <Select options={(['full', 'present'] as const).map((b) => ({ value: b, label: VOTE_BASE_LABEL[b] }))} />
      </Form.Item>
      <Form.Item label="Có hiệu lực từ" name="effectiveFrom" rules={[dateRule(false, 'ngày có hiệu lực')]}>
        <DateInput />
      </Form.Item>
      <Form.Item label="Hết hiệu lực" name="effectiveTo" rules={[dateRule(false, 'ngày hết hiệu lực')]}>
        <DateInput />
      </Form.Item>
      <Form.Item label="Thứ tự" name="sortOrder">
        <InputNumber min={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="Đang dùng" name="active" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
