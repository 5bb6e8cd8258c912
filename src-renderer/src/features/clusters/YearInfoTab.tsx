import { Alert, App, Button, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClusterYear } from '@/domain/emulation/types';
import { suggestChairs } from '@/domain/emulation/rotation';
import { previousClusterYear } from '@/db/repositories/emulation/queries';
import { updateClusterYear } from '@/db/repositories/emulation/clusters';
import { useShowError } from '@/ui/showError';

interface FormValues {
  chairId?: string;
  viceChairId?: string;
  covenantDate?: Dayjs | null;
}

/** Chair, vice-chair (with the rotation suggestion from last year) and the covenant date. */
export function YearInfoTab({ cy }: { cy: ClusterYear }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  const previous = useLiveQuery(async () => (await previousClusterYear(cy.clusterId, cy.year)) ?? null, [cy.clusterId, cy.year]);
  const suggestion = suggestChairs(cy.members, previous?.chairId, previous?.viceChairId);
  const name = (id?: string) => cy.members.find((m) => m.id === id)?.name ?? '';
  const options = cy.members.map((m) => ({ value: m.id, label: m.name }));
  const save = async (v: FormValues) => {
    try {
      await updateClusterYear(cy.id, {
        members: cy.members,
        chairId: v.chairId,
        viceChairId: v.viceChairId,
        covenantDate: v.covenantDate?.format('YYYY-MM-DD'),
        notes: cy.notes,
      });
      message.success('Đã lưu thông tin năm.');
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div style={{ maxWidth: 640 }}>
      {previous !== undefined && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          data-testid="rotation-suggestion"
          message={`Đề xuất luân phiên: cụm trưởng ${name(suggestion.chairId)}, cụm phó ${name(suggestion.viceChairId)}`}
          description={
            previous
              ? `Năm ${previous.year}: cụm trưởng ${name(previous.chairId)}, cụm phó ${name(previous.viceChairId)}. ${suggestion.reason}`
              : suggestion.reason
          }
          action={
            <Button size="small" onClick={() => form.setFieldsValue({ chairId: suggestion.chairId, viceChairId: suggestion.viceChairId })}>
              Dùng đề xuất
            </Button>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="clusterYear"
        onFinish={save}
        initialValues={{ chairId: cy.chairId, viceChairId: cy.viceChairId, covenantDate: cy.covenantDate ? dayjs(cy.covenantDate) : null }}
      >
        <Form.Item label="Cụm trưởng (đơn vị)" name="chairId">
          <Select allowClear options={options} />
        </Form.Item>
        <Form.Item label="Cụm phó (đơn vị)" name="viceChairId">
          <Select allowClear options={options} />
        </Form.Item>
        <Form.Item label="Ngày ký giao ước thi đua" name="covenantDate">
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          Lưu
        </Button>
      </Form>
    </div>
  );
}
