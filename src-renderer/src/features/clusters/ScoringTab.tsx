import { Alert, App, Button, InputNumber, Select, Space, Table, Tooltip, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClusterYear, Criterion, Score } from '@/domain/emulation/types';
import { CRITERION_KIND_LABEL, SCORE_STAGE_LABEL } from '@/domain/emulation/labels';
import { memberTotals, type ScoreStage } from '@/domain/emulation/scoring';
import { buildScoreTemplate, readScoreSheet } from '@/domain/emulation/score-sheet';
import { formatNumber } from '@/domain/text/format';
import { importSelfScores, setScore } from '@/db/repositories/emulation/clusters';
import { pickWorkbooks, saveWorkbook } from '@/ui/workbookFiles';
import { useShowError } from '@/ui/showError';
import { checkPoints } from '@/domain/emulation/criteria';
import { byNumber, byText } from '@/ui/tableSort';
import { TableExportButton } from '@/ui/TableExportButton';
import { useSortedView } from '@/ui/useSortedView';

/** Criterion codes in reading order: 1.2 before 1.10, T1 before T2. */
const byCode = (a: Criterion, b: Criterion) => a.code.localeCompare(b.code, 'vi', { numeric: true });

/**
 * One score: saved on Enter or leaving the box. A value the criterion cannot hold (above its maximum, negative)
 * is refused with the reason under the box and never saved or silently clamped.
 */
function ScoreCell({
  value,
  criterion,
  testId,
  disabledReason,
  onSave,
}: {
  value?: number;
  criterion: Pick<Criterion, 'code' | 'maxPoints'>;
  testId: string;
  disabledReason?: string;
  onSave: (v: number | undefined) => Promise<void>;
}) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The value last sent to be saved: Enter then leaving the box saves (and confirms) once. */
  const committed = useRef<number | undefined>(value);
  useEffect(() => {
    committed.current = value;
    setDraft(value ?? null);
    setProblem(null);
  }, [value]);
  const commit = async () => {
    const next = draft === null ? undefined : draft;
    const refused = next === undefined ? null : checkPoints(criterion, next);
    setProblem(refused);
    if (refused || next === committed.current) return;
    committed.current = next;
    try {
      await onSave(next);
    } catch {
      committed.current = value;
      setDraft(value ?? null);
    }
  };
  const input = (
    <InputNumber<number>
      data-testid={testId}
      aria-label={`Điểm tiêu chí ${criterion.code}`}
      size="small"
      value={draft}
      status={problem ? 'error' : undefined}
      disabled={Boolean(disabledReason)}
      onChange={(v) => {
        setDraft(v);
        setProblem(null);
      }}
      onBlur={() => void commit()}
      onPressEnter={() => void commit()}
      style={{ width: 80 }}
      decimalSeparator=","
    />
  );
  return (
    <>
      {disabledReason ? (
        <Tooltip title={disabledReason}>
          <span style={{ display: 'inline-block' }}>{input}</span>
        </Tooltip>
      ) : (
        input
      )}
      {problem && (
        <div role="alert" className="ant-form-item-explain-error" style={{ fontSize: 12, maxWidth: 160 }} data-testid={`${testId}-error`}>
          {problem}
        </div>
      )}
    </>
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
  const { view, onChange } = useSortedView(criteria);
  const noCriteria = criteria.length ? undefined : 'Chưa có bảng tiêu chí: thêm tiêu chí ở thẻ "Bảng tiêu chí" trước.';

  const save = (c: Criterion, stage: ScoreStage) => async (v: number | undefined) => {
    if (!memberId) return;
    if (stage === 'cross' && !(crossById ?? savedCrossBy)) {
      message.warning('Chọn đơn vị chấm chéo trước.');
      throw new Error('no cross scorer');
    }
    try {
      await setScore(cy.id, memberId, c.id, stage, v, stage === 'cross' ? (crossById ?? savedCrossBy) : undefined);
      const who = cy.members.find((m) => m.id === memberId)?.name ?? '';
      message.success(
        v === undefined
          ? `Đã xóa điểm ${SCORE_STAGE_LABEL[stage].toLowerCase()} tiêu chí ${c.code} của ${who}.`
          : `Đã lưu điểm ${SCORE_STAGE_LABEL[stage].toLowerCase()} tiêu chí ${c.code} của ${who}: ${formatNumber(v, true)}.`,
      );
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
    width: 120,
    sorter: byNumber((c: Criterion) => byCriterion.get(c.id)?.[stage]),
    render: (_: unknown, c: Criterion) => (
      <ScoreCell
        key={`${memberId}-${c.id}-${stage}`}
        testId={`score-${stage}-${c.code}`}
        value={byCriterion.get(c.id)?.[stage]}
        criterion={c}
        disabledReason={stage === 'cross' && !(crossById ?? savedCrossBy) ? 'Chọn đơn vị chấm chéo trước khi nhập điểm chấm chéo.' : undefined}
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
        <Tooltip title={noCriteria}>
          <span>
            <Button icon={<DownloadOutlined />} onClick={() => void exportTemplate().catch(showError)} disabled={!criteria.length}>
              Xuất mẫu bảng tự chấm
            </Button>
          </span>
        </Tooltip>
        <Tooltip title={noCriteria}>
          <span>
            <Button icon={<UploadOutlined />} onClick={() => void importSheets().catch(showError)} disabled={!criteria.length}>
              Nhập bảng tự chấm của thành viên
            </Button>
          </span>
        </Tooltip>
        <Tooltip title={noCriteria ?? (member ? undefined : 'Chọn đơn vị được chấm trước.')}>
          <span>
            <TableExportButton
              label="Xuất bảng điểm (Excel)"
              disabled={!criteria.length || !member}
              spec={() => ({
                fileName: `Bang-diem-${cy.year}`,
                sheetName: 'Bảng điểm',
                title: [`BẢNG ĐIỂM THI ĐUA NĂM ${cy.year}`, clusterName, `Đơn vị được chấm: ${member?.name ?? ''}`],
                rows: view,
                columns: [
                  { title: 'Mã', value: (c) => c.code },
                  { title: 'Nhóm', value: (c) => c.group },
                  { title: 'Tiêu chí', value: (c) => c.name },
                  { title: 'Loại', value: (c) => CRITERION_KIND_LABEL[c.kind] },
                  { title: 'Tối đa', value: (c) => c.maxPoints },
                  { title: 'Hệ số', value: (c) => c.weight },
                  { title: SCORE_STAGE_LABEL.self, value: (c) => byCriterion.get(c.id)?.self },
                  { title: SCORE_STAGE_LABEL.cross, value: (c) => byCriterion.get(c.id)?.cross },
                  { title: SCORE_STAGE_LABEL.agreed, value: (c) => byCriterion.get(c.id)?.agreed },
                ],
              })}
            />
          </span>
        </Tooltip>
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
        onChange={onChange}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 70, sorter: byCode },
          {
            title: 'Tiêu chí',
            sorter: byText((c) => c.name),
            render: (_: unknown, c) => (
              <>
                <Typography.Text type="secondary">{c.group}</Typography.Text>
                <br />
                {c.name}
              </>
            ),
          },
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 110,
            render: (k: Criterion['kind']) => CRITERION_KIND_LABEL[k],
            sorter: byText((c) => CRITERION_KIND_LABEL[c.kind]),
          },
          {
            title: 'Tối đa',
            dataIndex: 'maxPoints',
            width: 80,
            align: 'right',
            render: (v: number) => formatNumber(v, true),
            sorter: byNumber((c) => c.maxPoints),
          },
          {
            title: 'Hệ số',
            dataIndex: 'weight',
            width: 75,
            align: 'right',
            render: (v: number) => formatNumber(v, true),
            sorter: byNumber((c) => c.weight),
          },
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
