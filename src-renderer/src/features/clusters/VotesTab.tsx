import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Switch, Table, Tag } from 'antd';
import { VOTE_SUBJECTS, type ClusterVote, type ClusterYear, type VoteSubject } from '@/domain/emulation/types';
import { VOTE_BASE_LABEL, VOTE_SUBJECT_LABEL } from '@/domain/emulation/labels';
import { checkVoteCounts, evaluateVote, voteProblemsOf, type VoteField } from '@/domain/emulation/votes';
import { formatNumber } from '@/domain/text/format';
import { saveVote } from '@/db/repositories/emulation/clusters';
import { useShowError } from '@/ui/showError';
import { byNumber, byText } from '@/ui/tableSort';

type FormValues = Pick<ClusterVote, 'membersTotal' | 'present' | 'ballotsIssued' | 'ballotsValid' | 'base' | 'thresholdPercent' | 'strictlyMore'> & {
  votes: Record<string, number | null | undefined>;
};

function VoteCard({ cy, subject, existing }: { cy: ClusterYear; subject: VoteSubject; existing?: ClusterVote }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  const n = cy.members.length;
  const initial: FormValues = existing
    ? { ...existing, votes: Object.fromEntries(existing.candidates.map((c) => [c.memberId, c.votes])) }
    : { membersTotal: n, present: n, ballotsIssued: n, ballotsValid: n, base: 'present', thresholdPercent: 50, strictlyMore: true, votes: {} };
  const toInput = (v: Partial<FormValues>) => {
    const all = { ...initial, ...v };
    const candidates = cy.members
      .filter((m) => all.votes?.[m.id] !== undefined && all.votes?.[m.id] !== null)
      .map((m) => ({ memberId: m.id, votes: Number(all.votes[m.id]) }));
    return { ...all, subject, candidates };
  };
  const values = (Form.useWatch([], form) as FormValues | undefined) ?? initial;
  const input = toInput(values);
  const candidates = input.candidates;
  const result = evaluateVote(input);
  const name = (id: string) => cy.members.find((m) => m.id === id)?.name ?? '';
  /** A form rule showing the domain's count problems of one field beside it. */
  const rule = (field: VoteField) => ({
    validator: async () => {
      const problem = voteProblemsOf(checkVoteCounts(toInput(form.getFieldsValue(true) as FormValues)), field)[0];
      if (problem) throw new Error(problem);
    },
  });
  const save = async () => {
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      message.error('Số liệu kiểm phiếu chưa hợp lệ: xem thông báo bên cạnh từng ô. Chưa lưu.');
      return;
    }
    try {
      await saveVote({
        clusterYearId: cy.id,
        subject,
        membersTotal: v.membersTotal,
        present: v.present,
        ballotsIssued: v.ballotsIssued,
        ballotsValid: v.ballotsValid,
        base: v.base,
        thresholdPercent: v.thresholdPercent,
        strictlyMore: v.strictlyMore,
        candidates: toInput(v).candidates,
      });
      message.success(`Đã lưu kết quả bỏ phiếu: ${VOTE_SUBJECT_LABEL[subject]}.`);
    } catch (err) {
      showError(err);
    }
  };
  const DEPENDS: Record<string, string[]> = {
    membersTotal: [],
    present: ['membersTotal'],
    ballotsIssued: ['present'],
    ballotsValid: ['ballotsIssued'],
  };
  const num = (label: string, field: 'membersTotal' | 'present' | 'ballotsIssued' | 'ballotsValid') => (
    <Col span={6}>
      <Form.Item label={label} name={field} rules={[rule(field)]} dependencies={DEPENDS[field]}>
        <InputNumber style={{ width: '100%' }} data-testid={`${subject}-${field}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Card size="small" title={VOTE_SUBJECT_LABEL[subject]} style={{ marginBottom: 12 }} data-testid={`vote-${subject}`}>
      <Form form={form} layout="vertical" initialValues={initial} name={`vote-${subject}`}>
        <Row gutter={12}>
          {num('Tổng số thành viên', 'membersTotal')}
          {num('Số có mặt', 'present')}
          {num('Số phiếu phát ra', 'ballotsIssued')}
          {num('Số phiếu hợp lệ', 'ballotsValid')}
          <Col span={8}>
            <Form.Item label="Tính tỷ lệ trên" name="base">
              <Select options={(['full', 'present'] as const).map((b) => ({ value: b, label: VOTE_BASE_LABEL[b] }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="Ngưỡng (%)" name="thresholdPercent" rules={[rule('thresholdPercent')]}>
              <InputNumber style={{ width: '100%' }} data-testid={`${subject}-threshold`} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="Phải trên ngưỡng (quá bán)" name="strictlyMore" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={cy.members}
          columns={[
            { title: 'Đơn vị', dataIndex: 'name', sorter: byText((m) => m.name) },
            {
              title: 'Số phiếu',
              width: 260,
              sorter: byNumber((m) => {
                const v = values.votes?.[m.id];
                return v === null || v === undefined ? undefined : Number(v);
              }),
              render: (_: unknown, m) => (
                <Form.Item name={['votes', m.id]} style={{ margin: 0 }} rules={[rule({ candidate: m.id })]} dependencies={['ballotsValid']}>
                  <InputNumber data-testid={`${subject}-votes-${m.name}`} aria-label={`Số phiếu của ${m.name}`} />
                </Form.Item>
              ),
            },
            {
              title: 'Tỷ lệ',
              width: 90,
              align: 'right',
              render: (_: unknown, m) => {
                const r = result.results.find((x) => x.memberId === m.id);
                return r && result.errors.length === 0 ? `${formatNumber(r.percent, true)}%` : '';
              },
            },
            {
              title: 'Kết quả',
              width: 120,
              render: (_: unknown, m) => {
                const r = result.results.find((x) => x.memberId === m.id);
                return r && result.errors.length === 0 ? r.passed ? <Tag color="green">Đạt</Tag> : <Tag>Không đạt</Tag> : '';
              },
            },
          ]}
        />
      </Form>
      <div style={{ marginTop: 8 }} data-testid={`${subject}-threshold-text`}>
        Ngưỡng: {result.thresholdText}.
      </div>
      {result.errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          data-testid={`${subject}-errors`}
          message={`Số liệu chưa hợp lệ, chưa lưu được: ${result.errors.join(' ')}`}
        />
      )}
      {subject === 'leading_unit' && result.errors.length === 0 && candidates.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          showIcon
          type={result.winnerId ? 'success' : 'warning'}
          data-testid="leading-unit-result"
          message={
            result.winnerId
              ? `Đơn vị dẫn đầu: ${name(result.winnerId)}`
              : result.tieAtTop
                ? 'Các đơn vị cao phiếu nhất bằng phiếu nhau: cần bỏ phiếu lại.'
                : 'Chưa đơn vị nào đạt ngưỡng.'
          }
        />
      )}
      <Button type="primary" style={{ marginTop: 8 }} onClick={() => void save()}>
        Lưu kết quả
      </Button>
    </Card>
  );
}

/** Vote records (biên bản kiểm phiếu): leading unit, Cờ thi đua and Bằng khen proposals. */
export function VotesTab({ cy, votes }: { cy: ClusterYear; votes: ClusterVote[] }) {
  return (
    <>
      {VOTE_SUBJECTS.map((s) => (
        <VoteCard key={s} cy={cy} subject={s} existing={votes.find((v) => v.subject === s)} />
      ))}
    </>
  );
}
