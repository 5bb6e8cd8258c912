import { Spin } from 'antd';
import { Fragment } from 'react';
import { useParams } from 'react-router-dom';
import { VOTE_BASE_LABEL } from '@/domain/awards/labels';
import { formatPercent } from '@/domain/awards/council';
import { toRoman } from '@/domain/print/roman';
import { formatDateLine, formatDocumentNumber } from '@/domain/print/dateLine';
import { formatDate, todayIso } from '@/domain/text/format';
import type { NominationView } from '@/db/repositories/awards/roundReport';
import { AdminDocument } from '@/features/print/AdminDocument';
import { PrintToolbar } from '@/features/print/PrintToolbar';
import { useRoundPrintData } from './usePrintData';

/** Biên bản họp Hội đồng TĐKT: attendance, ballots, votes per nominee and % of the base, conclusion. */
export function MinutesPrint() {
  const { roundId = '' } = useParams();
  const data = useRoundPrintData(roundId);
  if (!data) return <Spin />;
  const { profile, report } = data;
  if (!report) return <p>Không tìm thấy đợt xét.</p>;
  const voted = report.views.filter((v) => v.vote);
  const first = voted[0]?.vote;
  const meetingDate = first?.meetingDate ?? todayIso();
  const byCode = new Map<string, NominationView[]>();
  for (const v of voted) byCode.set(v.nomination.catalogCode, [...(byCode.get(v.nomination.catalogCode) ?? []), v]);
  const codes = report.catalog.map((c) => c.code).filter((c) => byCode.has(c));
  const passed = voted.filter((v) => v.vote?.passed);
  return (
    <>
      <PrintToolbar fileName={`Bien-ban-hop-hoi-dong-${report.round.year}.pdf`} landscape={false} />
      <AdminDocument
        profile={profile}
        numberLine={formatDocumentNumber('', 'BB', profile.documentPrefix)}
        dateLine={formatDateLine(profile.placeName, meetingDate)}
        title="BIÊN BẢN"
        subtitle={`Họp Hội đồng Thi đua - Khen thưởng xét ${report.round.name.charAt(0).toLowerCase()}${report.round.name.slice(1)}`}
        signature={{ title: 'CHỦ TỊCH HỘI ĐỒNG', name: profile.leaderName }}
        leftSignature={{ title: 'THƯ KÝ', name: '' }}
      >
        <p>Hôm nay, ngày {formatDate(meetingDate)}, Hội đồng Thi đua - Khen thưởng {profile.allianceName} họp xét đề nghị khen thưởng.</p>
        {first ? (
          <p>
            Tổng số thành viên Hội đồng: {first.membersTotal}; có mặt: {first.membersPresent}; vắng mặt: {first.membersTotal - first.membersPresent}.
            Số phiếu phát ra: {first.ballotsIssued}; số phiếu hợp lệ: {first.ballotsValid}. Hội đồng biểu quyết bằng phiếu kín.
          </p>
        ) : <p>Chưa có kết quả biểu quyết.</p>}
        <p>Kết quả biểu quyết:</p>
        <table className="admin-table admin-table--fixed admin-table--compact">
          <colgroup>
            {[7, 32, 13, 11, 24, 13].map((w, i) => <col key={i} style={{ width: `${w}%` }} />)}
          </colgroup>
          <thead>
            <tr><th>STT</th><th>Họ và tên / Tên tập thể</th><th>Số phiếu đồng ý</th><th>Tỷ lệ</th><th>Ngưỡng</th><th>Kết quả</th></tr>
          </thead>
          <tbody>
            {codes.map((code, gi) => (
              <Fragment key={code}>
                <tr className="group-row"><td className="center">{toRoman(gi + 1)}</td><td colSpan={5}>{report.catalog.find((c) => c.code === code)?.name}</td></tr>
                {byCode.get(code)!.map((v, i) => (
                  <tr key={v.nomination.id}>
                    <td className="center">{i + 1}</td>
                    <td>{v.name}</td>
                    <td className="center">{v.vote!.votesFor}/{v.vote!.threshold.base === 'full' ? v.vote!.membersTotal : v.vote!.membersPresent}</td>
                    <td className="center">{formatPercent(v.vote!.percent)}</td>
                    <td className="center">{v.vote!.threshold.percent}% {VOTE_BASE_LABEL[v.vote!.threshold.base]}</td>
                    <td className="center">{v.vote!.passed ? 'Đạt' : 'Không đạt'}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
        <p style={{ marginTop: '8pt' }}>
          Kết luận: Hội đồng thống nhất đề nghị khen thưởng {passed.filter((v) => v.nomination.recipientKind === 'unit').length} tập thể và{' '}
          {passed.filter((v) => v.nomination.recipientKind === 'person').length} cá nhân đạt tỷ lệ phiếu theo quy định.
        </p>
      </AdminDocument>
    </>
  );
}
