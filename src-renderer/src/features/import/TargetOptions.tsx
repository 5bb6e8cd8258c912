import { Alert, Button, Checkbox, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { IMPORT_TARGETS, IMPORT_TARGET_LABEL, type ImportTarget } from '@/domain/import/fields';
import { columnLetter } from '@/domain/import/planTypes';
import { createRound, listRounds } from '@/db/repositories/awards/rounds';
import { catalogOptions, useCatalog } from '@/ui/useCatalog';
import { useShowError } from '@/ui/showError';
import type { ImportWizard } from './useImportWizard';

/** Targets whose rows need a year when the file has no year column (the round gives it for nominations). */
const YEAR_TARGETS: ReadonlySet<ImportTarget> = new Set(['ratings', 'initiatives']);

/** The round the nominations go into: pick one, or create it here without leaving the wizard. */
function RoundChoice({ w }: { w: ImportWizard }) {
  const rounds = useLiveQuery(() => listRounds(), []);
  const showError = useShowError();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const create = async () => {
    try {
      const r = await createRound({ name, year: year ?? NaN, type: 'nam' });
      w.setRoundId(r.id);
      setCreating(false);
      setName('');
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <span>Nhập vào đợt xét:</span>
      <Select
        data-testid="import-round"
        style={{ minWidth: 320 }}
        placeholder="Chọn đợt xét khen thưởng"
        value={w.roundId}
        onChange={(v: string) => w.setRoundId(v)}
        options={(rounds ?? []).map((r) => ({ value: r.id, label: `${r.name} (năm ${r.year})` }))}
        status={w.roundId ? undefined : 'warning'}
      />
      {!creating ? (
        <Button data-testid="import-round-new" onClick={() => setCreating(true)}>
          Tạo đợt mới
        </Button>
      ) : (
        <Space>
          <Input data-testid="import-round-name" placeholder="Tên đợt xét" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 260 }} />
          <InputNumber data-testid="import-round-year" aria-label="Năm xét" min={1945} max={2100} value={year} onChange={(v) => setYear(v)} />
          <Button type="primary" data-testid="import-round-create" onClick={() => void create()}>
            Tạo
          </Button>
          <Button onClick={() => setCreating(false)}>Hủy</Button>
        </Space>
      )}
      {!w.roundId && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-round-needed"
          title="Chọn hoặc tạo đợt xét để tiếp tục: năm của đợt là năm của các dòng khi tệp không ghi năm."
        />
      )}
    </Space>
  );
}

/** Award for the rows whose award cell is empty (templates often leave it to the office), per recipient kind. */
function DefaultAwards({ w }: { w: ImportWizard }) {
  const catalog = useCatalog();
  const pick = (kind: 'unit' | 'person') => (
    <Select
      data-testid={`import-default-award-${kind}`}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 280 }}
      placeholder={kind === 'unit' ? 'Danh hiệu cho tập thể' : 'Danh hiệu cho cá nhân'}
      value={w.defaultAwardCodes[kind]}
      onChange={(v: string | undefined) => w.setDefaultAwardCodes({ ...w.defaultAwardCodes, [kind]: v })}
      options={catalogOptions(catalog, kind)}
    />
  );
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <span>Dòng không ghi danh hiệu/hình thức đề nghị:</span>
      {pick('unit')}
      {pick('person')}
    </Space>
  );
}

/** Step 3, above the column table: what the file is (guessed, changeable) and what that target needs. */
export function TargetOptions({ w }: { w: ImportWizard }) {
  const l = w.layout;
  if (!l) return null;
  const yearMapped = w.mapping.includes('year');
  return (
    <div data-testid="import-target-options">
      <Space wrap style={{ marginBottom: 8 }}>
        <span>Loại dữ liệu:</span>
        <Select
          data-testid="import-target"
          style={{ minWidth: 360 }}
          value={w.target}
          onChange={(v: ImportTarget) => void w.detectLayout(w.headerRow, v)}
          options={IMPORT_TARGETS.map((t) => ({ value: t, label: IMPORT_TARGET_LABEL[t] }))}
        />
        {l.remembered && <Tag color="blue">Dùng lại cách ghép cột của lần nhập trước (cùng tiêu đề)</Tag>}
      </Space>
      <Typography.Paragraph type="secondary" data-testid="import-target-guess" style={{ marginBottom: 8 }}>
        {l.guess.target === w.target ? l.guess.reason : `${l.guess.reason} Bạn đã chọn: ${IMPORT_TARGET_LABEL[w.target]}.`}
      </Typography.Paragraph>
      {w.target === 'nominations' && (
        <>
          <RoundChoice w={w} />
          <DefaultAwards w={w} />
        </>
      )}
      {YEAR_TARGETS.has(w.target) && !yearMapped && (
        <Space style={{ marginBottom: 8 }}>
          <span>{w.target === 'ratings' ? 'Năm đánh giá:' : 'Năm công nhận (khi tệp không ghi ngày):'}</span>
          <InputNumber
            data-testid="import-default-year"
            aria-label="Năm"
            min={1945}
            max={2100}
            value={w.defaultYear}
            onChange={(v) => w.setDefaultYear(v ?? undefined)}
          />
        </Space>
      )}
      {(w.target === 'awards' || w.target === 'nominations' || w.target === 'ratings') && (
        <Space style={{ marginBottom: 8, marginLeft: 0 }} wrap>
          <span>Khi tệp không ghi rõ, đối tượng là:</span>
          <Radio.Group
            value={w.defaultRecipientKind}
            onChange={(e) => w.setDefaultRecipientKind(e.target.value)}
            options={[
              { value: 'unit', label: 'Tập thể' },
              { value: 'person', label: 'Cá nhân' },
            ]}
          />
        </Space>
      )}
      {l.codeColumns.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-code-columns"
          title={
            <div>
              {l.codeColumns.map((c) => (
                <div key={c.col}>
                  Cột {columnLetter(c.col)} ("{l.layout.names[c.col] ?? ''}") ghi mã: đọc theo bảng "{c.title}" của trang "{c.sheet}" ({c.matched}/{c.total} ô
                  khớp), ví dụ {c.examples.map(([code, name]) => `${code} → ${name}`).join('; ')}
                </div>
              ))}
              <Checkbox data-testid="import-resolve-codes" checked={w.resolveCodes} onChange={(e) => w.setResolveCodes(e.target.checked)}>
                Đổi mã thành tên khi nhập
              </Checkbox>
            </div>
          }
        />
      )}
    </div>
  );
}
