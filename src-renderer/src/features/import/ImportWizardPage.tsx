import { Alert, Button, Progress, Space, Steps } from 'antd';
import { useEffect, useSyncExternalStore } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { IMPORT_STEP_LABEL } from '@/domain/import/labels';
import { useImportWizard, type ProgressStore, type WizardStep } from './useImportWizard';
import { FileStep } from './FileStep';
import { HeaderStep } from './HeaderStep';
import { MappingStep } from './MappingStep';
import { CleanupStep } from './CleanupStep';
import { PreviewStep } from './PreviewStep';
import { CommitStep } from './CommitStep';
import './import.css';
import { PageHeader } from '@/ui/PageHeader';

/** Label, progress bar and cancel button; re-renders alone on every progress message. */
function BusyBar({ store, cancel }: { store: ProgressStore; cancel?: () => void }) {
  const p = useSyncExternalStore(store.subscribe, store.get);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <span>{p.label}</span>
        {cancel && (
          <Button danger size="small" data-testid="import-cancel" onClick={cancel}>
            Hủy
          </Button>
        )}
      </Space>
      <Progress percent={p.percent ?? 0} status="active" showInfo={p.percent !== undefined} data-testid="import-progress" />
    </>
  );
}

/** The import wizard: one screen per step, back and forth allowed. */
export function ImportWizardPage() {
  const w = useImportWizard();
  // Opened from a round ("Nhập danh sách đề nghị từ Excel"): the rows go into that round.
  const [params] = useSearchParams();
  const presetRound = params.get('round');
  const { setRoundId } = w;
  useEffect(() => {
    if (presetRound) setRoundId(presetRound);
  }, [presetRound, setRoundId]);

  // Dropping a file anywhere on the window starts an import (while this screen is open).
  const { openFile } = w;
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const f = e.dataTransfer?.files[0];
      if (f) void openFile(f);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  const canNext = (() => {
    switch (w.step) {
      case 0:
        return !!w.summary && w.sheets.length > 0;
      case 1:
        return !!w.layout && w.layout.mismatched.length === 0 && w.layout.dataRows > 0;
      // Nominations go into a round: it must be chosen first.
      case 2:
        return w.mapping.some(Boolean) && (w.target !== 'nominations' || !!w.roundId);
      case 3:
        return !!w.plan;
      // A year column the title contradicts must be answered first.
      case 4:
        return !!w.plan && (!w.plan.yearConflict || w.yearConfirmed);
      default:
        return false;
    }
  })();

  const next = async () => {
    let ok = true;
    if (w.step === 0) ok = await w.detectLayout(undefined);
    else if (w.step === 2) ok = await w.buildPlan();
    if (ok) w.setStep((w.step + 1) as WizardStep);
  };
  const goTo = (s: number) => {
    if (s < w.step && !w.batch) w.setStep(s as WizardStep);
  };

  return (
    <div>
      <PageHeader title="Nhập dữ liệu từ bảng tính">
        <Link to="/import/history">Lịch sử nhập</Link>
      </PageHeader>
      <Steps size="small" current={w.step} onChange={goTo} items={IMPORT_STEP_LABEL.map((t) => ({ title: t }))} style={{ marginBottom: 16 }} />
      {w.error && (
        <Alert
          type="error"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          onClose={() => w.setError(null)}
          title={<span data-testid="import-error">{w.error}</span>}
        />
      )}
      {w.busy && (
        <div data-testid="import-busy" style={{ marginBottom: 12, padding: 12, border: '1px solid #e6f4ff', background: '#f5faff', borderRadius: 6 }}>
          <BusyBar store={w.progress} cancel={w.busy.cancellable ? w.cancel : undefined} />
        </div>
      )}
      <div style={{ display: w.busy && w.step === 0 && !w.summary ? 'none' : undefined }}>{w.step === 0 && <FileStep w={w} />}</div>
      {w.step === 1 && <HeaderStep w={w} />}
      {w.step === 2 && <MappingStep w={w} />}
      {w.step === 3 && <CleanupStep w={w} />}
      {w.step === 4 && <PreviewStep w={w} />}
      {w.step === 5 && <CommitStep w={w} />}
      {!w.batch && (
        <Space style={{ marginTop: 16 }}>
          {w.step > 0 && (
            <Button data-testid="import-back" disabled={!!w.busy} onClick={() => w.setStep((w.step - 1) as WizardStep)}>
              Quay lại
            </Button>
          )}
          {w.step < 5 && (
            <Button type="primary" data-testid="import-next" disabled={!canNext || !!w.busy} onClick={() => void next()}>
              Tiếp tục
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}
