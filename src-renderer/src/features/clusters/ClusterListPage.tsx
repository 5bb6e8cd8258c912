import { App, Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Cluster, ClusterKind } from '@/domain/emulation/types';
import { CLUSTER_KIND_LABEL } from '@/domain/emulation/labels';
import { saveCluster, type ClusterInput } from '@/db/repositories/emulation/clusters';
import { useClusters } from './useClusters';
import { ClusterMembersEditor } from './ClusterMembersEditor';
import { FormModal } from '@/ui/FormModal';
import { PageHeader } from '@/ui/PageHeader';
import { byNumber, byText } from '@/ui/tableSort';

/** Create or edit a cluster's name, kind and members. */
export function ClusterFormModal({ cluster, open, onClose }: { cluster?: Cluster; open: boolean; onClose: (saved?: Cluster) => void }) {
  const [form] = Form.useForm<ClusterInput>();
  const kind = (Form.useWatch('kind', form) ?? cluster?.kind ?? 'cum') as ClusterKind;
  const { message } = App.useApp();
  const save = async (v: ClusterInput) => {
    const saved = await saveCluster(cluster?.id, { ...v, members: v.members ?? [] });
    message.success('Đã lưu cụm/khối thi đua.');
    return saved;
  };
  return (
    <FormModal
      open={open}
      width={820}
      title={cluster ? 'Sửa cụm/khối thi đua' : 'Thêm cụm/khối thi đua'}
      form={form}
      name="cluster"
      initialValues={cluster ?? { kind: 'cum', members: [{ name: '' }] }}
      save={save}
      onClose={onClose}
    >
      <Space align="start">
        <Form.Item label="Tên cụm/khối" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên.' }]}>
          <Input style={{ width: 460 }} placeholder="VD: Cụm thi đua các thành phố trực thuộc Trung ương" />
        </Form.Item>
        <Form.Item label="Loại" name="kind">
          <Select style={{ width: 220 }} options={(['cum', 'khoi'] as const).map((k) => ({ value: k, label: CLUSTER_KIND_LABEL[k] }))} />
        </Form.Item>
      </Space>
      <Typography.Text strong>Thành viên</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <ClusterMembersEditor kind={kind} />
      </div>
    </FormModal>
  );
}

const memberNames = (c: Cluster) => c.members.map((m) => m.name).join('; ');

export function ClusterListPage() {
  const clusters = useClusters();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <div>
      <PageHeader title="Cụm, khối thi đua">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          Thêm cụm/khối
        </Button>
      </PageHeader>
      <Table<Cluster>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={clusters ?? []}
        loading={clusters === undefined}
        locale={{ emptyText: 'Chưa có cụm/khối thi đua.' }}
        columns={[
          { title: 'Tên', dataIndex: 'name', render: (n: string, c) => <Link to={`/clusters/${c.id}`}>{n}</Link>, sorter: byText((c) => c.name) },
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 160,
            render: (k: ClusterKind) => CLUSTER_KIND_LABEL[k],
            sorter: byText((c) => CLUSTER_KIND_LABEL[c.kind]),
          },
          { title: 'Số thành viên', width: 130, align: 'right', render: (_: unknown, c) => c.members.length, sorter: byNumber((c) => c.members.length) },
          { title: 'Thành viên', render: (_: unknown, c) => memberNames(c), sorter: byText(memberNames) },
        ]}
      />
      <ClusterFormModal
        open={creating}
        onClose={(saved) => {
          setCreating(false);
          if (saved) navigate(`/clusters/${saved.id}`);
        }}
      />
    </div>
  );
}
