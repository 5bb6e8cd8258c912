import { Button, Popconfirm, Tag } from 'antd';
import type { ReactNode } from 'react';
import { CheckCircleFilled, CloseCircleFilled, InfoCircleFilled, TeamOutlined } from '@ant-design/icons';
import type { NodeConfirmation, RuleNode } from '@/domain/awards/types';
import type { NodeResult, RuleResult } from '@/domain/awards/eligibility';
import { RULE_GROUP_LABEL, RULE_KIND_LABEL } from '@/domain/awards/labels';
import { formatDate } from '@/domain/text/format';

/** A judged rule tree on the nominee screen: each branch met or not, with its clause, confirmations and written overrides. */

export const OUTCOME_TAG: Record<RuleResult['outcome'], { color: string; text: string }> = {
  pass: { color: 'green', text: 'Đạt' },
  fail: { color: 'red', text: 'Chưa đạt' },
  info: { color: 'blue', text: 'Lưu ý' },
  round: { color: 'purple', text: 'Xét cả đợt' },
};

export const CLAUSE_STYLE = { marginLeft: 6, color: '#777', fontWeight: 400, whiteSpace: 'normal' } as const;

/** Name of a node kind: group kinds (all/any/atLeast) and leaf kinds have separate labels. */
export function kindLabel(kind: RuleNode['kind']): string {
  return kind === 'all' || kind === 'any' || kind === 'atLeast' ? RULE_GROUP_LABEL[kind] : RULE_KIND_LABEL[kind];
}

/** Messages start with their clause ("Điều 74 khoản 1: …"); under a node that shows the clause as a tag, drop the repeat. */
export function withoutClause(message: string, clause?: string): string {
  return clause && message.startsWith(`${clause}: `) ? message.slice(clause.length + 2) : message;
}

const ICON: Record<NodeResult['outcome'], { icon: ReactNode; text: string }> = {
  pass: { icon: <CheckCircleFilled style={{ color: '#52c41a' }} />, text: 'đạt' },
  fail: { icon: <CloseCircleFilled style={{ color: '#ff4d4f' }} />, text: 'chưa đạt' },
  info: { icon: <InfoCircleFilled style={{ color: '#1677ff' }} />, text: 'lưu ý' },
  round: { icon: <TeamOutlined style={{ color: '#722ed1' }} />, text: 'xét cả đợt' },
};

export interface NodeActions {
  onConfirm: (node: NodeResult) => void;
  onClear: (path: string) => void;
  onOverride: (node: NodeResult) => void;
  onClearOverride: (path: string) => void;
}

/**
 * One node of a judged rule tree, indented under its parent: met / not met, its name, clause and
 * reasons. A failing branch of a one-of group that another branch already satisfies is dimmed.
 * Confirmable leaves (a judgment the council makes, a cluster lead) carry the office's confirmation.
 */
export function NodeTree({
  node,
  depth,
  dimmed,
  parentPassed,
  parentClause,
  confirmations,
  ruleId,
  editable,
  draft,
  actions,
}: {
  node: NodeResult;
  depth: number;
  dimmed: boolean;
  parentPassed: boolean;
  parentClause: string | undefined;
  confirmations: NodeConfirmation[];
  ruleId: string;
  editable: boolean;
  /** Overrides are written while the nomination is a draft. */
  draft: boolean;
  actions: NodeActions;
}) {
  const off = dimmed || (parentPassed && node.outcome === 'fail');
  const group = node.kind === 'all' || node.kind === 'any' || node.kind === 'atLeast';
  const confirmation = node.confirmable ? confirmations.find((c) => c.ruleId === ruleId && c.path === node.path && c.evidence.trim()) : undefined;
  const icon = off && node.outcome === 'fail' ? <CloseCircleFilled style={{ color: '#bfbfbf' }} /> : ICON[node.outcome].icon;
  return (
    <div data-testid="eligibility-node" data-path={node.path} data-outcome={node.outcome} style={{ marginLeft: depth * 20, opacity: off ? 0.6 : 1 }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'baseline', padding: '2px 0' }}>
        <span role="img" aria-label={ICON[node.outcome].text} style={{ flex: 'none' }}>
          {icon}
        </span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <span style={{ fontWeight: group ? 600 : 500, color: node.outcome === 'fail' && !off ? '#cf1322' : undefined }}>
            {node.label ?? kindLabel(node.kind)}
          </span>
          {off ? (
            <Tag style={{ marginLeft: 6 }} title="Nhánh khác của nhóm đã đạt">
              không cần
            </Tag>
          ) : null}
          {group && node.label ? <span style={{ color: '#888' }}> ({RULE_GROUP_LABEL[node.kind as 'all' | 'any' | 'atLeast'].toLowerCase()})</span> : null}
          {node.clause && node.clause !== parentClause ? (
            <Tag variant="filled" style={CLAUSE_STYLE}>
              {node.clause}
            </Tag>
          ) : null}
          {node.messages.map((m) => (
            <div key={m} className="eligibility-message" style={{ color: off ? undefined : '#444' }}>
              {withoutClause(m, node.clause)}
            </div>
          ))}
          {confirmation ? (
            <div data-testid="node-confirmation" style={{ fontSize: 12, color: '#389e0d' }}>
              Văn phòng đã xác nhận ngày {formatDate(confirmation.at.slice(0, 10))}, minh chứng ghi ở trên
              {editable ? (
                <Popconfirm title="Bỏ xác nhận này?" okText="Bỏ" cancelText="Hủy" onConfirm={() => actions.onClear(node.path)}>
                  <Button type="link" size="small" danger>
                    Bỏ xác nhận
                  </Button>
                </Popconfirm>
              ) : null}
            </div>
          ) : null}
          {node.confirmable && !confirmation && node.outcome === 'fail' && editable && !off ? (
            <Button size="small" style={{ marginTop: 2 }} onClick={() => actions.onConfirm(node)}>
              Xác nhận
            </Button>
          ) : null}
          {node.overridden !== undefined ? (
            <div data-testid="node-override" style={{ fontSize: 12 }}>
              <Tag color="orange">Bỏ qua có lý do</Tag>
              <i>Lý do: {node.overridden}</i>
              {draft ? (
                <Popconfirm title="Bỏ lý do này? Điều kiện sẽ được xét lại." okText="Bỏ" cancelText="Hủy" onConfirm={() => actions.onClearOverride(node.path)}>
                  <Button type="link" size="small" danger>
                    Bỏ lý do
                  </Button>
                </Popconfirm>
              ) : null}
            </div>
          ) : null}
          {node.outcome === 'fail' && !off && draft && !node.confirmable && node.kind !== 'all' ? (
            <Button size="small" style={{ marginTop: 2 }} onClick={() => actions.onOverride(node)}>
              Vẫn đề nghị…
            </Button>
          ) : null}
        </div>
      </div>
      {node.children?.map((c) => (
        <NodeTree
          key={c.path}
          node={c}
          depth={1}
          dimmed={off}
          parentPassed={node.outcome !== 'fail' && node.kind !== 'all'}
          parentClause={node.clause}
          confirmations={confirmations}
          ruleId={ruleId}
          editable={editable}
          draft={draft}
          actions={actions}
        />
      ))}
    </div>
  );
}
