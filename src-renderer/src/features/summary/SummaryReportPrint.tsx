import { Spin } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { AdminDocument } from '@/ui/print/AdminDocument';
import { PrintToolbar } from '@/ui/print/PrintToolbar';
import { formatDateLine, formatDocumentNumber } from '@/domain/print/dateLine';
import { toRoman } from '@/domain/print/roman';
import { activeUnits, figureCoverage } from '@/domain/summary/bucket';
import { figuresSentence, figureText } from '@/domain/summary/report-text';
import type { SummaryTables } from '@/domain/summary/summary-workbook';
import { REPORTED_FIGURES, type ReportedFigure, type SummaryBucket } from '@/domain/summary/types';
import { formatNumber } from '@/domain/text/format';
import { placeInFull, provinceInText } from '@/domain/documents/officeText';
import { provinceName } from '@/domain/registry/localities';
import { summaryNames } from './names';
import { ReportParamsControls, useReportParams } from './ReportParamsControls';
import { parseScopeKey } from './useSummary';
import { useSummaryTables } from './useSummaryTables';

/**
 * Members, workers, revenue and profit (money in triệu đồng so the columns fit A4): the sum, or
 * "chưa có số liệu" when no unit gave it. How many units gave a figure is said once, in section I:
 * a "(1.980/2.010)" in every cell would not fit the A4 columns of a cluster's figures.
 */
function FigureCell({ b, f }: { b: SummaryBucket; f: ReportedFigure }) {
  const t = figureText(b, f);
  return <td className={t.reported ? 'right' : 'center summary-na'}>{t.text}</td>;
}

type FigureRow = { name: string; bucket?: SummaryBucket; missingText?: string };

function FigureTable({ first, rows, total }: { first: string; rows: FigureRow[]; total: SummaryBucket }) {
  const line = (b: SummaryBucket) => (
    <>
      {[b.htx, b.tht, b.lienHiep, b.qtdnd, b.newUnits, b.newMembers].map((v, i) => (
        <td key={i} className="right">
          {formatNumber(v)}
        </td>
      ))}
      {REPORTED_FIGURES.map((f) => (
        <FigureCell key={f} b={b} f={f} />
      ))}
    </>
  );
  return (
    <table className="admin-table summary-print-table">
      <thead>
        <tr>
          <th rowSpan={2}>STT</th>
          <th rowSpan={2}>{first}</th>
          <th colSpan={4}>Số đang hoạt động</th>
          <th rowSpan={2}>Thành lập mới</th>
          <th rowSpan={2}>Kết nạp mới</th>
          <th rowSpan={2}>Thành viên</th>
          <th rowSpan={2}>Lao động</th>
          <th rowSpan={2}>Doanh thu (triệu đồng)</th>
          <th rowSpan={2}>Lợi nhuận (triệu đồng)</th>
        </tr>
        <tr>
          <th>HTX</th>
          <th>THT</th>
          <th>LH HTX</th>
          <th>QTD</th>
        </tr>
        <tr className="col-numbers">
          {Array.from({ length: 12 }, (_, i) => (
            <td key={i}>({i + 1})</td>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.name}>
            <td className="center">{i + 1}</td>
            <td>{r.name}</td>
            {r.bucket ? (
              line(r.bucket)
            ) : (
              <td colSpan={10} className="center summary-na">
                {r.missingText}
              </td>
            )}
          </tr>
        ))}
        <tr className="group-row">
          <td />
          <td>Tổng cộng</td>
          {line(total)}
        </tr>
      </tbody>
    </table>
  );
}

/** Some figure was not given by every unit: the tables' sums then need their key. */
function hasIncompleteFigures(b: SummaryBucket): boolean {
  return REPORTED_FIGURES.some((f) => figureCoverage(b, f).reported < activeUnits(b));
}

function ReportBody({ t, scopeName }: { t: SummaryTables; scopeName: string }) {
  const b = t.total;
  let section = 0;
  const next = () => toRoman(++section);
  return (
    <>
      <h3 className="summary-print-heading">{next()}. TÌNH HÌNH CHUNG</h3>
      <p>
        Đến ngày 31/12/{t.year}, {scopeName} có {formatNumber(activeUnits(b))} tổ chức kinh tế tập thể đang hoạt động, gồm {formatNumber(b.htx)} hợp tác xã,{' '}
        {formatNumber(b.tht)} tổ hợp tác, {formatNumber(b.lienHiep)} liên hiệp hợp tác xã và {formatNumber(b.qtdnd)} quỹ tín dụng nhân dân. Trong năm thành lập
        mới {formatNumber(b.newUnits)} tổ chức, giải thể {formatNumber(b.dissolved)} tổ chức; kết nạp {formatNumber(b.newMembers)} thành viên mới của Liên minh.
      </p>
      <p data-testid="report-figures">{figuresSentence(b)}</p>
      {hasIncompleteFigures(b) && (
        <p className="summary-print-note">
          Ghi chú: số thành viên, lao động, doanh thu, lợi nhuận trong các bảng dưới đây là tổng của các đơn vị có báo cáo chỉ tiêu đó; “chưa có số liệu”: không
          đơn vị nào báo cáo.
        </p>
      )}
      {t.members && (
        <>
          <h3 className="summary-print-heading">{next()}. SỐ LIỆU THEO THÀNH VIÊN CỤM</h3>
          <FigureTable
            first="Thành viên"
            total={b}
            rows={t.members.map((m) => ({ name: m.memberName, bucket: m.bucket, missingText: 'Chưa gửi gói số liệu' }))}
          />
        </>
      )}
      <h3 className="summary-print-heading">{next()}. SỐ LIỆU THEO ĐỊA BÀN</h3>
      <FigureTable first="Tỉnh/thành phố" total={b} rows={t.byProvince.map((r) => ({ name: summaryNames.provinceName(r.provinceCode), bucket: r.bucket }))} />
      <h3 className="summary-print-heading">{next()}. SỐ LIỆU THEO NGÀNH, LĨNH VỰC</h3>
      <FigureTable first="Ngành, lĩnh vực" total={b} rows={t.bySector.map((r) => ({ name: summaryNames.sectorName(r.sector), bucket: r.bucket }))} />
      <h3 className="summary-print-heading">{next()}. HỢP TÁC XÃ ĐIỂN HÌNH TIÊN TIẾN</h3>
      {t.modelUnits.length === 0 ? (
        <p>Trong năm không có đơn vị được công nhận.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>STT</th>
              <th>Tên đơn vị</th>
              <th>Tỉnh/thành phố</th>
              <th>Số quyết định</th>
            </tr>
          </thead>
          <tbody>
            {t.modelUnits.map((m, i) => (
              <tr key={`${m.unitId}:${i}`}>
                <td className="center">{i + 1}</td>
                <td>{m.name}</td>
                <td>{summaryNames.provinceName(m.provinceCode)}</td>
                <td>{m.decisionNumber}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {t.ranking && t.ranking.length > 0 && (
        <>
          <h3 className="summary-print-heading">{next()}. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA</h3>
          <table className="admin-table">
            <thead>
              <tr>
                <th>Hạng</th>
                <th>Đơn vị</th>
                <th>Tổng điểm</th>
                <th>Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {t.ranking.map((r) => (
                <tr key={r.name}>
                  <td className="center">{r.rank}</td>
                  <td>{r.name}</td>
                  <td className="right">{formatNumber(r.total, true)}</td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/**
 * Where the figures come from, worded for what the tables cover: one province ("trên địa bàn
 * thành phố Hà Nội"), or several ("trên địa bàn 5 tỉnh, thành phố: Hà Nội, Thành phố Hồ Chí Minh, ...")
 * when the registry holds units of several provinces, never one city's name over five cities' figures.
 */
function areaPhrase(t: SummaryTables): string {
  const codes = t.byProvince.map((r) => r.provinceCode).filter((c): c is string => Boolean(c));
  if (codes.length === 1) return `trên địa bàn ${provinceInText(codes[0]) ?? provinceName(codes[0])}`;
  if (codes.length === 0) return 'trên địa bàn';
  return `trên địa bàn ${codes.length} tỉnh, thành phố (${codes.map((c) => placeInFull(provinceName(c))).join(', ')})`;
}

/** Báo cáo tổng kết thi đua năm in the administrative format (bare route, printable). */
export function SummaryReportPrint() {
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const scope = parseScopeKey(params.get('scope'));
  const report = useReportParams();
  const { tables, profile, scopeName } = useSummaryTables(year, scope);
  if (!tables || !profile) return <Spin style={{ margin: 40 }} />;
  return (
    <>
      <PrintToolbar fileName={`Bao-cao-tong-ket-thi-dua-${year}.pdf`} landscape={false} extra={<ReportParamsControls p={report} />} />
      <style>{`.summary-print-table { font-size: 10.5pt; } .summary-print-table th, .summary-print-table td { padding: 2px 3px; }
        .summary-print-table td.summary-na { font-style: italic; font-size: 9pt; }
        .summary-print-note { font-style: italic; font-size: 12pt; }
        .summary-print-heading { font-size: 14pt; font-weight: bold; line-height: 1.6; margin: 8pt 0 2pt; padding-top: 2pt; break-after: avoid; break-inside: avoid; }`}</style>
      <AdminDocument
        profile={profile}
        numberLine={formatDocumentNumber(report.number, 'BC', profile.documentPrefix)}
        dateLine={formatDateLine(profile.placeName, report.dateIso)}
        title="BÁO CÁO"
        subtitle={`Tổng kết công tác thi đua năm ${year}${scope.kind === 'alliance' ? '' : ` — ${scopeName}`}`}
        recipients={
          scope.kind === 'alliance' ? ['Liên minh HTX Việt Nam', 'Ban Thi đua - Khen thưởng'] : ['Liên minh HTX Việt Nam', 'Các thành viên cụm thi đua']
        }
      >
        <ReportBody t={tables} scopeName={scope.kind === 'alliance' ? areaPhrase(tables) : `trên địa bàn các thành viên ${scopeName}`} />
      </AdminDocument>
    </>
  );
}
