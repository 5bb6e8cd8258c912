import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams, useSearchParams } from 'react-router-dom';
import { SECTOR_LABEL, UNIT_KIND_FULL_LABEL } from '@/domain/registry/labels';
import { formatDateLine } from '@/domain/print/dateLine';
import { formatDate, formatNumber, todayIso } from '@/domain/text/format';
import { isYearOnly } from '@/domain/text/partialDate';
import { getOfficeProfile } from '@/db/repositories/registry/settings';
import { listUnitYears } from '@/db/repositories/registry/unitYears';
import { listAwardsFor } from '@/db/repositories/awards/awardHistory';
import { getCatalogEntry } from '@/db/repositories/awards/catalog';
import { getDb } from '@/db/database';
import { AdminDocument } from '@/features/print/AdminDocument';
import { PrintToolbar } from '@/features/print/PrintToolbar';

/** Báo cáo thành tích of a collective, pre-filled from its yearly indicators and award history. */
export function AchievementReportPrint() {
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const code = params.get('code') ?? '';
  const data = useLiveQuery(async () => {
    const [profile, unit, years, awards, entry] = await Promise.all([
      getOfficeProfile(), getDb().units.get(unitId), listUnitYears(unitId), listAwardsFor('unit', unitId), code ? getCatalogEntry(code) : undefined,
    ]);
    return { profile, unit, years, awards, entry };
  }, [unitId, code]);
  if (!data) return <Spin />;
  const { profile, unit, years, awards, entry } = data;
  if (!unit) return <p>Không tìm thấy đơn vị.</p>;
  const shownYears = years.filter((y) => y.year <= year && y.year > year - 5).sort((a, b) => a.year - b.year);
  const latest = shownYears[shownYears.length - 1];
  const header = { ...profile, parentBody: profile.allianceName, allianceName: unit.name };
  return (
    <>
      <PrintToolbar fileName={`Bao-cao-thanh-tich-${year}.pdf`} landscape={false} />
      <AdminDocument
        profile={header}
        dateLine={formatDateLine(profile.placeName, todayIso())}
        title="BÁO CÁO THÀNH TÍCH"
        subtitle={entry ? `Đề nghị tặng ${entry.name}` : `Thành tích năm ${year}`}
        leftSignature={{ title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG' }}
        signature={{ title: 'CHỦ TỊCH HĐQT / GIÁM ĐỐC', name: unit.leaderName ?? '' }}
      >
        <p style={{ textIndent: 0 }}><b>I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH</b></p>
        <p>Tên đơn vị: {unit.name} ({UNIT_KIND_FULL_LABEL[unit.kind]}){unit.taxCode ? `; mã số thuế: ${unit.taxCode}` : ''}.</p>
        {unit.address ? <p>Địa chỉ: {unit.address}.</p> : null}
        {unit.foundedDate ? <p>{isYearOnly(unit.foundedDate) ? 'Năm' : 'Ngày'} thành lập: {formatDate(unit.foundedDate)}.</p> : null}
        {unit.sector ? <p>Lĩnh vực hoạt động: {SECTOR_LABEL[unit.sector]}.</p> : null}
        {latest ? (
          <p>
            Năm {latest.year}: {[
              latest.members !== undefined ? `${formatNumber(latest.members)} thành viên` : '',
              latest.workers !== undefined ? `${formatNumber(latest.workers)} lao động` : '',
              latest.charterCapital !== undefined ? `vốn điều lệ ${formatNumber(latest.charterCapital)} đồng` : '',
            ].filter(Boolean).join(', ')}.
          </p>
        ) : null}
        <p style={{ textIndent: 0 }}><b>II. THÀNH TÍCH ĐẠT ĐƯỢC</b></p>
        <table className="admin-table">
          <thead>
            <tr><th>Năm</th><th>Tổng tài sản (đồng)</th><th>Doanh thu (đồng)</th><th>Lợi nhuận (đồng)</th><th>Nộp ngân sách (đồng)</th><th>Thu nhập bình quân (đồng/người/tháng)</th></tr>
          </thead>
          <tbody>
            {shownYears.length === 0 ? <tr><td colSpan={6} className="center">Chưa có chỉ tiêu năm</td></tr> : null}
            {shownYears.map((y) => (
              <tr key={y.id}>
                <td className="center">{y.year}</td>
                <td className="right">{formatNumber(y.assets)}</td>
                <td className="right">{formatNumber(y.revenue)}</td>
                <td className="right">{formatNumber(y.profit)}</td>
                <td className="right">{formatNumber(y.taxesPaid)}</td>
                <td className="right">{formatNumber(y.avgIncome)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ textIndent: 0, marginTop: '8pt' }}><b>III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN</b></p>
        <table className="admin-table">
          <thead><tr><th>Năm</th><th>Danh hiệu / hình thức khen thưởng</th><th>Số, ngày quyết định</th><th>Cơ quan ban hành</th></tr></thead>
          <tbody>
            {awards.length === 0 ? <tr><td colSpan={4} className="center">Chưa có</td></tr> : null}
            {awards.map((a) => (
              <tr key={a.id}>
                <td className="center">{a.year}</td>
                <td>{a.awardName}</td>
                <td>{[a.decisionNumber, a.decisionDate ? `ngày ${formatDate(a.decisionDate)}` : ''].filter(Boolean).join(' ')}</td>
                <td>{a.issuingBody}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AdminDocument>
    </>
  );
}
