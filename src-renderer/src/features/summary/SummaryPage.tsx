import { Alert, App, Button, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CLUSTER_KIND_LABEL } from '@/domain/emulation/labels';
import { packageFileName } from '@/domain/summary/file-name';
import { buildPackageWorkbook } from '@/domain/summary/package-workbook';
import { buildSummaryWorkbook } from '@/domain/summary/summary-workbook';
import { formatNumber, todayIso } from '@/domain/text/format';
import { saveWorkbook } from '@/ui/workbookFiles';
import { summaryNames } from './names';
import { parseScopeKey, scopeKey } from './useSummary';
import { useSummaryTables } from './useSummaryTables';
import { SummaryDashboard } from './SummaryDashboard';
import { PackageImportPanel } from './ClusterConsolidationView';
import { useShowError } from '@/ui/showError';

/** Tổng kết thi đua năm: choose year and scope, see the figures, export, print. */
export function SummaryPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const scope = parseScopeKey(params.get('scope'));
  const [version, setVersion] = useState(0);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const { tables, summary, timing, error, cluster, clusters, consolidation, profile } = useSummaryTables(year, scope, version);

  const set = (next: { year?: number; scope?: string }) => {
    const p = new URLSearchParams(params);
    if (next.year !== undefined) p.set('year', String(next.year));
    if (next.scope !== undefined) p.set('scope', next.scope);
    setParams(p, { replace: true });
  };
  const scopeOptions = [
    { value: 'alliance', label: `Toàn liên minh (${profile?.allianceName ?? ''})` },
    ...(clusters ?? []).map((c) => ({ value: scopeKey({ kind: c.kind, clusterId: c.id }), label: `${CLUSTER_KIND_LABEL[c.kind]}: ${c.name}` })),
  ];

  const exportExcel = async () => {
    if (!tables) return;
    await saveWorkbook(`Tong-ket-thi-dua-${year}.xlsx`, buildSummaryWorkbook(tables, summaryNames));
  };
  const exportPackage = async () => {
    if (!summary || !profile) return;
    const { trend: _trend, ...rest } = summary;
    const wb = buildPackageWorkbook(
      { year, memberName: profile.allianceName, provinceCode: profile.provinceCode ?? '', createdDate: todayIso(), summary: rest },
      { provinceName: summaryNames.provinceName, communeName: (_p, c) => summaryNames.communeName(c), sectorName: summaryNames.sectorName },
    );
    // Named after the sender: the chair receives five of them.
    await saveWorkbook(packageFileName(year, profile.allianceName, profile.provinceCode), wb);
    message.success('Đã xuất gói số liệu để gửi cụm trưởng.');
  };

  return (
    <div>
      <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
        Tổng kết thi đua năm
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Năm:</span>
        <InputNumber aria-label="Năm tổng kết" min={1990} max={2100} value={year} onChange={(v) => v && set({ year: v })} data-testid="summary-year" />
        <span>Phạm vi:</span>
        <Select
          aria-label="Phạm vi tổng kết"
          style={{ width: 460 }}
          value={scopeKey(scope)}
          onChange={(v) => set({ scope: v })}
          options={scopeOptions}
          data-testid="summary-scope"
        />
        {scope.kind !== 'cum' && (
          <Button icon={<ReloadOutlined />} onClick={() => setVersion((v) => v + 1)}>
            Tính lại
          </Button>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void exportExcel().catch(showError)} disabled={!tables}>
          Xuất Excel
        </Button>
        {scope.kind === 'alliance' && (
          <Button icon={<SendOutlined />} onClick={() => void exportPackage().catch(showError)} disabled={!summary}>
            Xuất gói số liệu gửi cụm
          </Button>
        )}
        <Button
          icon={<PrinterOutlined />}
          disabled={!tables}
          onClick={() => navigate(`/summary/print?year=${year}&scope=${encodeURIComponent(scopeKey(scope))}`)}
        >
          In báo cáo
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {scope.kind === 'cum' && cluster && consolidation && <PackageImportPanel cluster={cluster} year={year} members={consolidation.members} />}
      {scope.kind === 'cum' && consolidation && consolidation.missing.length > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          message={`Chưa có số liệu của: ${consolidation.missing.join(', ')}. Tổng cụm dưới đây chưa đầy đủ.`}
        />
      )}
      {tables ? (
        <SummaryDashboard t={tables} />
      ) : (
        !error && (
          <Spin tip="Đang tính…">
            <div style={{ height: 80 }} />
          </Spin>
        )
      )}
      {timing && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="summary-timing">
          Tính từ {formatNumber(timing.unitCount)} đơn vị và {formatNumber(timing.rowCount)} dòng chỉ tiêu năm {year} trong{' '}
          {formatNumber(timing.readMs + timing.computeMs)} ms.
        </Typography.Text>
      )}
    </div>
  );
}
