import { App, Alert, Button, Descriptions, Drawer, Input, List, Modal, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentType } from '@/domain/awards/types';
import { DOCUMENT_TYPES } from '@/domain/awards/types';
import type { EligibilityResult, NodeResult } from '@/domain/awards/eligibility';
import { hasOverride } from '@/domain/awards/eligibility';
import { COMMENDATION_TYPE_LABEL, DOCUMENT_TYPE_LABEL, INITIATIVE_LEVEL_LABEL, NOMINATION_STATUS_LABEL, VOTE_BASE_LABEL } from '@/domain/awards/labels';
import { formatPercent } from '@/domain/awards/council';
import { formatDate } from '@/domain/text/format';
import type { NominationView } from '@/db/repositories/awards/roundReport';
import {
  approveNomination,
  attachFile,
  deleteNomination,
  readAttachment,
  rejectNomination,
  removeAttachment,
  returnToDraft,
  submitNomination,
  updateNominationText,
} from '@/db/repositories/awards/nominations';
import { clearConfirmation, clearOverride, confirmNode, overrideRule } from '@/db/repositories/awards/nominationJudgments';
import { listInitiatives } from '@/db/repositories/awards/people';
import { openFiles, saveFile } from '@/platform/desktop';
import type { CatalogEntry } from '@/domain/awards/types';
import { CouncilVoteModal } from './CouncilVoteModal';
import { CLAUSE_STYLE, kindLabel, NodeTree, OUTCOME_TAG, withoutClause, type NodeActions } from './EligibilityTree';
import { DecisionModal } from './DecisionModal';
import { useShowError } from '@/ui/showError';

/** One entry of a round: summary, files, live eligibility with reasons and overrides, workflow steps. */
export function NominationDrawer({
  view,
  entry,
  eligibility,
  year,
  onClose,
}: {
  view: NominationView | null;
  entry?: CatalogEntry;
  eligibility?: EligibilityResult;
  year: number;
  onClose: () => void;
}) {
  const yearParam = `&year=${year}`;
  const n = view?.nomination;
  const { message } = App.useApp();
  const showError = useShowError();
  const [summary, setSummary] = useState('');
  const [note, setNote] = useState('');
  const [docType, setDocType] = useState<DocumentType>('bao_cao_thanh_tich');
  const [overriding, setOverriding] = useState<{ ruleId: string; node: NodeResult } | null>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState<{ ruleId: string; node: NodeResult } | null>(null);
  const [evidence, setEvidence] = useState('');
  const [voting, setVoting] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const initiatives = useLiveQuery(async () => (n?.recipientKind === 'person' ? listInitiatives(n.recipientId) : []), [n?.recipientId, n?.recipientKind]);
  useEffect(() => {
    setSummary(n?.summary ?? '');
    setNote(n?.note ?? '');
  }, [n?.id, n?.summary, n?.note]);
  if (!view || !n) return null;
  const draft = n.status === 'draft';
  /** Resolves true when the action succeeded; a failure is shown and resolves false. */
  const run = (p: Promise<unknown>, ok?: string): Promise<boolean> =>
    p.then(
      () => {
        if (ok) void message.success(ok);
        return true;
      },
      (e: unknown) => {
        showError(e);
        return false;
      },
    );
  const confirmations = n.confirmations ?? [];

  const attach = async () => {
    const files = await openFiles(undefined, true);
    for (const f of files) await run(attachFile(n.id, { name: f.name, data: f.data }, docType), `Đã đính kèm “${f.name}”.`);
  };
  const download = async (id: string, name: string) => {
    const blob = await readAttachment(id);
    if (blob) await saveFile(name, new Uint8Array(await blob.arrayBuffer()));
  };

  return (
    <Drawer open title={`${view.name} — ${entry?.name ?? n.catalogCode}`} size="large" onClose={onClose} data-testid="nomination-drawer">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="Loại hình khen thưởng">
          <span data-testid="nomination-type">{COMMENDATION_TYPE_LABEL[n.commendationType ?? 'thuong_xuyen']}</span>
        </Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          <Tag data-testid="nomination-status">{NOMINATION_STATUS_LABEL[n.status]}</Tag>
        </Descriptions.Item>
        {view.vote ? (
          <Descriptions.Item label="Biểu quyết">
            {view.vote.votesFor}/{view.vote.threshold.base === 'full' ? view.vote.membersTotal : view.vote.membersPresent} phiếu ={' '}
            {formatPercent(view.vote.percent)} {VOTE_BASE_LABEL[view.vote.threshold.base]} (ngưỡng {view.vote.threshold.percent}%):{' '}
            <Tag color={view.vote.passed ? 'green' : 'red'}>{view.vote.passed ? 'Đạt' : 'Không đạt'}</Tag>
          </Descriptions.Item>
        ) : null}
        {n.recipientKind === 'unit' ? (
          <Descriptions.Item label="Báo cáo thành tích">
            <Link to={`/print/achievement/${n.recipientId}?code=${n.catalogCode}${yearParam}`}>In báo cáo thành tích</Link>
          </Descriptions.Item>
        ) : null}
        {n.decisionNumber ? (
          <Descriptions.Item label="Quyết định">
            Số {n.decisionNumber} ngày {formatDate(n.decisionDate)} — {n.decisionAuthority}
          </Descriptions.Item>
        ) : null}
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Tóm tắt thành tích
      </Typography.Title>
      <Input.TextArea aria-label="Tóm tắt thành tích" rows={4} value={summary} disabled={!draft} onChange={(e) => setSummary(e.target.value)} />
      <Input aria-label="Ghi chú" style={{ marginTop: 8 }} placeholder="Ghi chú" value={note} disabled={!draft} onChange={(e) => setNote(e.target.value)} />
      {n.recipientKind === 'person' ? (
        <Select
          aria-label="Sáng kiến sử dụng"
          style={{ marginTop: 8, width: '100%' }}
          allowClear
          disabled={!draft}
          placeholder="Sáng kiến sử dụng (tự chọn nếu để trống)"
          value={n.initiativeId}
          onChange={(v?: string) => void run(updateNominationText(n.id, { initiativeId: v ?? null }))}
          options={(initiatives ?? []).map((i) => ({
            value: i.id,
            label: `${i.title} (${INITIATIVE_LEVEL_LABEL[i.level]}, ${i.year})${i.usedByAwardId ? ' — đã dùng' : ''}`,
          }))}
        />
      ) : null}
      {draft ? (
        <Button style={{ marginTop: 8 }} onClick={() => void run(updateNominationText(n.id, { summary, note }), 'Đã lưu.')}>
          Lưu nội dung
        </Button>
      ) : null}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Hồ sơ đính kèm
      </Typography.Title>
      <Space wrap>
        <Select
          value={docType}
          onChange={setDocType}
          style={{ width: 320 }}
          options={DOCUMENT_TYPES.map((d) => ({ value: d, label: DOCUMENT_TYPE_LABEL[d] }))}
        />
        <Button onClick={() => void attach().catch(showError)}>Đính kèm tệp</Button>
      </Space>
      <List
        size="small"
        dataSource={n.attachments}
        locale={{ emptyText: 'Chưa có tệp' }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button key="d" type="link" size="small" onClick={() => void download(a.id, a.fileName).catch(showError)}>
                Tải về
              </Button>,
              <Button key="x" type="link" size="small" danger onClick={() => void run(removeAttachment(n.id, a.id), `Đã bỏ tệp “${a.fileName}”.`)}>
                Bỏ
              </Button>,
            ]}
          >
            {DOCUMENT_TYPE_LABEL[a.docType]}: {a.fileName} ({Math.ceil(a.size / 1024)} KB)
          </List.Item>
        )}
      />

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Điều kiện
      </Typography.Title>
      {eligibility?.status === 'no_rules' ? (
        <Alert
          type="warning"
          title={`Chưa có điều kiện nào có hiệu lực cho hình thức này (loại hình ${COMMENDATION_TYPE_LABEL[n.commendationType ?? 'thuong_xuyen'].toLowerCase()}) vào ngày xét.`}
        />
      ) : null}
      <List
        size="small"
        data-testid="eligibility"
        dataSource={eligibility?.results ?? []}
        renderItem={(r) => {
          const root = r.tree;
          const o = hasOverride(root);
          const actions: NodeActions = {
            onConfirm: (node) => {
              setConfirming({ ruleId: r.ruleId, node });
              setEvidence('');
            },
            onClear: (path) => void run(clearConfirmation(n.id, r.ruleId, path), 'Đã bỏ xác nhận.'),
            onOverride: (node) => {
              setOverriding({ ruleId: r.ruleId, node });
              setReason('');
            },
            onClearOverride: (path) => void run(clearOverride(n.id, r.ruleId, path), 'Đã bỏ lý do.'),
          };
          const common = { confirmations, ruleId: r.ruleId, editable: n.status !== 'decided', draft: n.status === 'draft', actions };
          return (
            <List.Item data-testid="eligibility-rule" data-rule-id={r.ruleId} style={{ display: 'block' }}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Tag color={OUTCOME_TAG[r.outcome].color}>{OUTCOME_TAG[r.outcome].text}</Tag>
                  {o ? <Tag color="orange">Có điều kiện bỏ qua có lý do</Tag> : null}
                  <b>{root.label ?? kindLabel(r.kind)}</b>
                  {root.clause ? (
                    <Tag variant="filled" style={CLAUSE_STYLE}>
                      {root.clause}
                    </Tag>
                  ) : null}
                  {r.needsCheck ? <Tag style={{ marginLeft: 6 }}>cần kiểm tra văn bản</Tag> : null}
                </div>
              </div>
              {root.children ? (
                <>
                  {root.messages.map((m) => (
                    <div key={m} className="eligibility-message" style={{ marginTop: 2 }}>
                      {withoutClause(m, root.clause)}
                    </div>
                  ))}
                  {root.overridden !== undefined ? (
                    <div data-testid="node-override">
                      <Tag color="orange">Bỏ qua có lý do</Tag>
                      <i>Lý do: {root.overridden}</i>
                    </div>
                  ) : null}
                  <div style={{ marginTop: 4 }}>
                    {root.children.map((c) => (
                      <NodeTree
                        key={c.path}
                        node={c}
                        depth={0}
                        dimmed={false}
                        parentPassed={root.outcome !== 'fail' && root.kind !== 'all'}
                        parentClause={root.clause}
                        {...common}
                      />
                    ))}
                  </div>
                </>
              ) : (
                <NodeTree node={root} depth={0} dimmed={false} parentPassed={false} parentClause={undefined} {...common} />
              )}
              <div style={{ color: '#888', fontSize: 12, marginTop: 2 }}>Căn cứ: {r.legalBasis}</div>
            </List.Item>
          );
        }}
      />

      <Space wrap style={{ marginTop: 16 }}>
        {n.status === 'draft' ? (
          <Button type="primary" onClick={() => void run(submitNomination(n.id), 'Đã chuyển sang Đã đề nghị.')}>
            Đề nghị
          </Button>
        ) : null}
        {n.status === 'submitted' ? (
          <Button type="primary" onClick={() => setVoting(true)}>
            Ghi biểu quyết
          </Button>
        ) : null}
        {n.status === 'submitted' || n.status === 'rejected' ? (
          <Button onClick={() => void run(returnToDraft(n.id), 'Đã trả về dự thảo.')}>Trả về dự thảo</Button>
        ) : null}
        {n.status === 'reviewed' ? (
          <Tooltip title={view.vote?.passed ? undefined : 'Hội đồng biểu quyết không đạt ngưỡng: không chấp thuận được.'}>
            <Button type="primary" disabled={!view.vote?.passed} onClick={() => void run(approveNomination(n.id), 'Đã chấp thuận đề nghị.')}>
              Chấp thuận
            </Button>
          </Tooltip>
        ) : null}
        {n.status === 'reviewed' || n.status === 'approved' ? (
          <Button danger onClick={() => void run(rejectNomination(n.id), 'Đã ghi: không chấp thuận đề nghị.')}>
            Không chấp thuận
          </Button>
        ) : null}
        {n.status === 'approved' ? (
          <Button type="primary" onClick={() => setDeciding(true)}>
            Ghi quyết định
          </Button>
        ) : null}
        {n.status !== 'decided' ? (
          <Popconfirm
            title="Xóa đề nghị này?"
            okText="Xóa"
            cancelText="Hủy"
            onConfirm={() =>
              void run(deleteNomination(n.id), 'Đã xóa đề nghị.').then((done) => {
                if (done) onClose();
              })
            }
          >
            <Button danger type="text">
              Xóa đề nghị
            </Button>
          </Popconfirm>
        ) : null}
      </Space>

      <Modal
        open={overriding !== null}
        title="Vẫn đề nghị dù chưa đạt điều kiện"
        okText="Ghi lý do"
        cancelText="Hủy"
        onCancel={() => setOverriding(null)}
        onOk={() =>
          overriding &&
          void run(overrideRule(n.id, overriding.ruleId, reason, overriding.node.path), 'Đã ghi lý do.').then((done) => {
            if (done) setOverriding(null);
          })
        }
      >
        {overriding ? (
          <>
            <p style={{ marginBottom: 4 }}>
              <b>{overriding.node.label ?? kindLabel(overriding.node.kind)}</b>
              {overriding.node.clause ? (
                <Tag variant="filled" style={CLAUSE_STYLE}>
                  {overriding.node.clause}
                </Tag>
              ) : null}
            </p>
            <p>{overriding.node.messages.map((m) => withoutClause(m, overriding.node.clause)).join('; ')}</p>
          </>
        ) : null}
        <Input.TextArea aria-label="Lý do" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Lý do (được ghi vào nhật ký)" />
      </Modal>
      <Modal
        open={confirming !== null}
        title="Xác nhận điều kiện"
        okText="Xác nhận"
        cancelText="Hủy"
        onCancel={() => setConfirming(null)}
        okButtonProps={{
          disabled: evidence.trim().length < 5,
          title: evidence.trim().length < 5 ? 'Ghi minh chứng (ít nhất 5 ký tự) để xác nhận.' : undefined,
        }}
        onOk={() =>
          confirming &&
          void run(confirmNode(n.id, confirming.ruleId, confirming.node.path, evidence), 'Đã xác nhận.').then((done) => {
            if (done) setConfirming(null);
          })
        }
      >
        {confirming ? (
          <>
            <p style={{ marginBottom: 4 }}>
              <b>{confirming.node.label ?? kindLabel(confirming.node.kind)}</b>
              {confirming.node.clause ? (
                <Tag variant="filled" style={CLAUSE_STYLE}>
                  {confirming.node.clause}
                </Tag>
              ) : null}
            </p>
            {confirming.node.messages.map((m) => (
              <p key={m} style={{ margin: 0, color: '#555' }}>
                {withoutClause(m, confirming.node.clause)}
              </p>
            ))}
          </>
        ) : null}
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>
          Minh chứng (văn bản, biên bản, kết quả xếp hạng; được ghi vào nhật ký):
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="Minh chứng"
          rows={3}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          placeholder="Ví dụ: Xếp thứ nhất Cụm thi đua số 3 năm 2025, biên bản họp cụm ngày 15/12/2025"
        />
      </Modal>
      <CouncilVoteModal nominationId={n.id} threshold={entry?.council ?? { percent: 50, base: 'present' }} open={voting} onClose={() => setVoting(false)} />
      <DecisionModal nominationIds={[n.id]} authority={entry?.authority ?? ''} open={deciding} onClose={() => setDeciding(false)} />
    </Drawer>
  );
}
