import { App, Button, Collapse, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { AwardRecord, RecipientKind } from '@/domain/awards/types';
import { COMMENDATION_TYPES } from '@/domain/awards/types';
import { COMMENDATION_TYPE_LABEL } from '@/domain/awards/labels';
import { commendationTypeOf } from '@/domain/awards/catalogMatch';
import { formatDate } from '@/domain/text/format';
import { addAward, deleteAward, listAwardsFor, updateAward, type AwardInput } from '@/db/repositories/awards/awardHistory';
import { DateInput, dateRule } from '@/ui/DateInput';
import { catalogOptions, useCatalog } from '@/ui/useCatalog';
import { foldFilter } from '@/ui/foldFilter';
import { RatingsSection } from './RatingsSection';
import { DisciplineSection } from './DisciplineSection';
import { useShowError } from '@/ui/showError';
import { TableExportButton } from '@/ui/TableExportButton';
import { byDate, byNumber, byText } from '@/ui/tableSort';

const SOURCE_LABEL: Record<AwardRecord['source'], string> = { manual: 'Nhập tay', import: 'Nhập từ tệp', nomination: 'Từ đợt xét' };

type FormValues = Omit<AwardInput, 'recipientKind' | 'recipientId'>;

/**
 * Award history (lịch sử khen thưởng) of a unit or person, with hand entry; also the yearly
 * ratings and discipline records the eligibility rules read. Rendered on unit and person screens.
 */
export default function AwardHistorySection({ recipientKind, recipientId }: { recipientKind: RecipientKind; recipientId: string }) {
  const awards = useLiveQuery(() => listAwardsFor(recipientKind, recipientId), [recipientKind, recipientId]);
  const catalog = useCatalog();
  const [editing, setEditing] = useState<AwardRecord | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  const catalogCode = Form.useWatch('catalogCode', form);
  const entryOf = (code: string | undefined) => (code ? catalog?.find((c) => c.code === code) : undefined);
  const chosenEntry = entryOf(catalogCode);

  const open = (a: AwardRecord | 'new') => {
    setEditing(a);
    form.resetFields();
    if (a === 'new') form.setFieldsValue({ year: new Date().getFullYear() - 1, commendationType: 'thuong_xuyen' });
    else form.setFieldsValue(a);
  };

  const save = async () => {
    const v = await form.validateFields();
    const input: AwardInput = { ...v, recipientKind, recipientId };
    try {
      if (editing === 'new') await addAward(input);
      else if (editing) await updateAward(editing.id, input);
      setEditing(null);
      message.success('Đã lưu khen thưởng.');
    } catch (err) {
      showError(err);
    }
  };

  return (
    <div data-testid="award-history">
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => open('new')}>Thêm khen thưởng</Button>
        <TableExportButton<AwardRecord>
          disabled={!awards?.length}
          spec={() => ({
            fileName: 'Lich su khen thuong',
            title: ['LỊCH SỬ KHEN THƯỞNG'],
            columns: [
              { title: 'Năm', value: (a) => a.year, width: 8 },
              { title: 'Danh hiệu / hình thức', value: (a) => a.awardName, width: 50 },
              { title: 'Số quyết định', value: (a) => a.decisionNumber, width: 18 },
              { title: 'Ngày', value: (a) => formatDate(a.decisionDate), width: 12 },
              { title: 'Cơ quan ban hành', value: (a) => a.issuingBody, width: 30 },
              { title: 'Loại hình', value: (a) => COMMENDATION_TYPE_LABEL[a.commendationType], width: 18 },
              { title: 'Nguồn', value: (a) => SOURCE_LABEL[a.source], width: 12 },
            ],
            rows: [...(awards ?? [])].sort((a, b) => a.year - b.year),
          })}
        />
        {recipientKind === 'unit' ? <Link to={`/print/achievement/${recipientId}?year=${new Date().getFullYear() - 1}`}>In báo cáo thành tích</Link> : null}
      </Space>
      <Table<AwardRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={awards ?? []}
        loading={awards === undefined}
        locale={{ emptyText: 'Chưa có khen thưởng' }}
        columns={[
          { title: <span>Năm</span>, dataIndex: 'year', width: 80, sorter: byNumber((a) => a.year) },
          { title: <span>Danh hiệu / hình thức</span>, dataIndex: 'awardName', sorter: byText((a) => a.awardName) },
          { title: <span>Số quyết định</span>, dataIndex: 'decisionNumber', width: 150, sorter: byText((a) => a.decisionNumber) },
          { title: <span>Ngày</span>, dataIndex: 'decisionDate', width: 110, render: formatDate, sorter: byDate((a) => a.decisionDate) },
          { title: <span>Cơ quan ban hành</span>, dataIndex: 'issuingBody', width: 180, sorter: byText((a) => a.issuingBody) },
          {
            title: <span>Loại hình</span>,
            dataIndex: 'commendationType',
            width: 140,
            sorter: byText((a) => COMMENDATION_TYPE_LABEL[a.commendationType]),
            render: (t: AwardRecord['commendationType']) => COMMENDATION_TYPE_LABEL[t],
          },
          {
            title: <span>Nguồn</span>,
            dataIndex: 'source',
            width: 110,
            sorter: byText((a) => SOURCE_LABEL[a.source]),
            render: (s: AwardRecord['source']) => <Tag>{SOURCE_LABEL[s]}</Tag>,
          },
          {
            title: <span className="sr-only">Thao tác</span>,
            width: 110,
            render: (_: unknown, a: AwardRecord) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(a)}>
                  Sửa
                </Button>
                <Popconfirm
                  title={`Xóa "${a.awardName}" năm ${a.year}?`}
                  okText="Xóa"
                  cancelText="Hủy"
                  onConfirm={() => deleteAward(a.id).then(() => message.success('Đã xóa khen thưởng.'), showError)}
                >
                  <Button type="link" size="small" danger>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Collapse
        style={{ marginTop: 12 }}
        size="small"
        items={[
          {
            key: 'ratings',
            label: 'Xếp loại hoàn thành nhiệm vụ hằng năm',
            children: <RatingsSection recipientKind={recipientKind} recipientId={recipientId} />,
          },
          { key: 'discipline', label: 'Kỷ luật, điều tra, khiếu nại', children: <DisciplineSection recipientKind={recipientKind} recipientId={recipientId} /> },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? 'Thêm khen thưởng' : 'Sửa khen thưởng'}
        okText="Lưu"
        cancelText="Hủy"
        onOk={save}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="award">
          <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
            <InputNumber min={1945} max={new Date().getFullYear() + 1} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="Danh hiệu / hình thức" name="catalogCode" rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}>
            <Select
              showSearch={{ filterOption: foldFilter }}
              options={catalogOptions(catalog, recipientKind, editing && editing !== 'new' ? editing.catalogCode : undefined)}
              onChange={(code: string) => {
                // The entry knows its type (e.g. "Tôn vinh HTX điển hình tiên tiến" is chuyên đề, which never counts
                // toward consecutive-year chains): take it on picking; the user may still change it below.
                const entry = entryOf(code);
                if (entry) form.setFieldValue('commendationType', commendationTypeOf(entry.name, entry));
              }}
            />
          </Form.Item>
          <Form.Item label="Số quyết định" name="decisionNumber">
            <Input />
          </Form.Item>
          <Form.Item label="Ngày quyết định" name="decisionDate" rules={[dateRule(false, 'ngày quyết định')]}>
            <DateInput />
          </Form.Item>
          <Form.Item label="Cơ quan ban hành" name="issuingBody">
            <Input />
          </Form.Item>
          <Form.Item
            label="Loại hình khen thưởng"
            name="commendationType"
            rules={[{ required: true }]}
            extra={chosenEntry ? `Theo danh mục: ${COMMENDATION_TYPE_LABEL[commendationTypeOf(chosenEntry.name, chosenEntry)]}` : undefined}
          >
            <Select options={COMMENDATION_TYPES.map((t) => ({ value: t, label: COMMENDATION_TYPE_LABEL[t] }))} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
