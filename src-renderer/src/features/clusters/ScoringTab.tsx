import { Alert, App, Button, InputNumber, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import type { ClusterYear, Criterion, Score } from '@/domain/emulation/types';
import { CRITERION_KIND_LABEL, SCORE_STAGE_LABEL } from '@/domain/emulation/labels';
import { memberTotals, type ScoreStage } from '@/domain/emulation/scoring';
import { buildScoreTemplate, readScoreSheet } from '@/domain/emulation/score-sheet';
import { formatNumber } from '@/domain/text/format';
import { importSelfScores, setScore } from '@/db/repositories/emulation/clusters';
import { pickWorkbooks, saveWorkbook } from '@/ui/workbookFiles';
import { useShowError } from '@/ui/showError';

function ScoreCell({ value, max, testId, onSave }: { value?: number; max: number; testId: string; onSave: (v: number | undefined) => Promise<void> }) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  useEffect(() => setDraft(value ?? null), [value]);
  const commit = async () => {
    const next = draft === null ? undefined : draft;
    if (next === value) return;
    try {
      await onSave(next);
    } catch {
      setDraft(value ?? null);
    }
  };
  return (
    <InputNumber<number>
      data-testid={testId}
      size="small"
      min={0}
      max={max}
      value={draft}
      onChange={(v) => setDraft(v)}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width: 80 }}
      decimalSeparator=","
    />
  );
}

/** Self, cross and agreed scores of one member, and score-sheet export/import. */
export function ScoringTab({ cy, clusterName, criteria, scores }: { cy: ClusterYear; clusterName: string; criteria: Criterion[]; scores: Score[] }) {
  const [memberId, setMemberId] = useState<string | undefined>(cy.members[0]?.id);
  const [crossById, setCrossById] = useState<string | undefined>();
  const [importNotes, setImportNotes] = useState<string[]>([]);
  const { message } = App.useApp();
  const showError = useShowError();
  const byCriterion = useMemo(() => new Map(scores.filter((s) => s.memberId === memberId).map((s) => [s.criterionId, s])), [scores, memberId]);
  const member = cy.members.find((m) => m.id === memberId);
  const totals = member ? memberTotals([member], criteria, scores)[0] : undefined;
  const savedCrossBy = [...byCriterion.values()].find((s) => s.crossById)?.crossById;

  const save = (c: Criterion, stage: ScoreStage) => async (v: number | undefined) => {
    if (!memberId) return;
    if (stage === 'cross' && !(crossById ?? savedCrossBy)) {
      message.warning('Chọn đơn vị chấm chéo trước.');
      throw new Error('no cross scorer');
    }
    try {
      await setScore(cy.id, memberId, c.id, stage, v, stage === 'cross' ? (crossById ?? savedCrossBy) : undefined);
    } catch (err) {
      showError(err);
      throw err;
    }
  };

  const exportTemplate = async () => {
    await saveWorkbook(`Bang-tu-cham-${cy.year}.xlsx`, buildScoreTemplate(clusterName, cy.year, criteria));
  };
  const importSheets = async () => {
    const { books, errors } = await pickWorkbooks(true);
    const notes = [...errors];
    let imported = 0;
    for (const b of books) {
      const r = readScoreSheet(b.wb, b.fileName, cy.year, criteria, cy.members);
      if (r.errors.length || !r.memberId) {
        notes.push(...r.errors);
        continue;
      }
      await importSelfScores(cy.id, r.memberId, r.entries, b.fileName);
      imported++;
      notes.push(`Đã nhập "${b.fileName}": ${r.memberText}, ${r.entries.length} tiêu chí.`, ...r.warnings);
    }
    setImportNotes(notes);
    if (imported) message.success(`Đã nhập ${imported} bảng tự chấm.`);
  };

  const stageCol = (stage: ScoreStage) => ({
    title: SCORE_STAGE_LABEL[stage],
    width: 110,
    render: (_: unknown, c: Criterion) => (
      <ScoreCell
        key={`${memberId}-${c.id}-${stage}`}
        testId={`score-${stage}-${c.code}`}
        value={byCriterion.get(c.id)?.[stage]}
        max={c.maxPoints}
        onSave={save(c, stage)}
      />
    ),
  });

  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <span>Đơn vị được chấm:</span>
        <Select
          data-testid="scored-member"
          style={{ width: 320 }}
          value={memberId}
          onChange={setMemberId}
          options={cy.members.map((m) => ({ value: m.id, label: m.name }))}
        />
        <span>Đơn vị chấm chéo:</span>
        <Select
          data-testid="cross-scorer"
          allowClear
          style={{ width: 320 }}
          value={crossById ?? savedCrossBy}
          onChange={setCrossById}
          options={cy.members.filter((m) => m.id !== memberId).map((m) => ({ value: m.id, label: m.name }))}
        />
      </Space>
      <Space style={{ marginBottom: 8 }}>
        <Button icon={<DownloadOutlined />} onClick={() => void exportTemplate().catch(showError)} disabled={!criteria.length}>
          Xuất mẫu bảng tự chấm
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => void importSheets().catch(showError)} disabled={!criteria.length}>
          Nhập bảng tự chấm của thành viên
        </Button>
      </Space>
      {importNotes.length > 0 && (
        <Alert
          style={{ marginBottom: 8 }}
          type="info"
          showIcon
          closable
          onClose={() => setImportNotes([])}
          data-testid="score-import-notes"
          message={
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {importNotes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<Criterion>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={criteria}
        data-testid="scoring-table"
        locale={{ emptyText: 'Chưa có bảng tiêu chí.' }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 70 },
          {
            title: 'Tiêu chí',
            render: (_: unknown, c) => (
              <>
                <Typography.Text type="secondary">{c.group}</Typography.Text>
                <br />
                {c.name}
              </>
            ),
          },
          { title: 'Loại', dataIndex: 'kind', width: 110, render: (k: Criterion['kind']) => CRITERION_KIND_LABEL[k] },
          { title: 'Tối đa', dataIndex: 'maxPoints', width: 70, align: 'right', render: (v: number) => formatNumber(v, true) },
          { title: 'Hệ số', dataIndex: 'weight', width: 60, align: 'right', render: (v: number) => formatNumber(v, true) },
          stageCol('self'),
          stageCol('cross'),
          stageCol('agreed'),
        ]}
        summary={() =>
          totals && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>
                <b>Tổng điểm (đã nhân hệ số, cộng thưởng, trừ điểm trừ)</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5}>
                <b data-testid="total-self">{formatNumber(totals.self.total, true)}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6}>
                <b data-testid="total-cross">{formatNumber(totals.cross.total, true)}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7}>
                <b data-testid="total-final">{formatNumber(totals.final.total, true)}</b>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </div>
  );
}
