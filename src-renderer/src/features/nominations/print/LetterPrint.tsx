import { Spin } from 'antd';
import { useParams } from 'react-router-dom';
import { formatDateLine, formatDocumentNumber } from '@/domain/print/dateLine';
import { todayIso } from '@/domain/text/format';
import { AdminDocument } from '@/features/print/AdminDocument';
import { PrintToolbar } from '@/features/print/PrintToolbar';
import { useRoundPrintData } from './usePrintData';

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/** Tờ trình đề nghị khen thưởng, counting the proposals per award form. */
export function LetterPrint() {
  const { roundId = '' } = useParams();
  const data = useRoundPrintData(roundId);
  if (!data) return <Spin />;
  const { profile, report } = data;
  if (!report) return <p>Không tìm thấy đợt xét.</p>;
  const live = report.views.filter((v) => v.nomination.status !== 'rejected' && v.nomination.status !== 'draft');
  const forms = report.catalog
    .map((c) => ({ entry: c, count: live.filter((v) => v.nomination.catalogCode === c.code).length }))
    .filter((x) => x.count > 0);
  const authorities = [...new Set(forms.map((f) => f.entry.authority))];
  const units = live.filter((v) => v.nomination.recipientKind === 'unit').length;
  const people = live.length - units;
  const round = report.round;
  return (
    <>
      <PrintToolbar fileName={`To-trinh-${round.year}.pdf`} landscape={false} />
      <AdminDocument
        profile={profile}
        numberLine={formatDocumentNumber(round.letterNumber, 'TTr', profile.documentPrefix)}
        dateLine={formatDateLine(profile.placeName, round.letterDate ?? todayIso())}
        title="TỜ TRÌNH"
        subtitle={`Về việc đề nghị ${lowerFirst(round.name.startsWith('Khen thưởng') ? round.name : `khen thưởng ${round.name}`)}`}
        recipients={['Như trên']}
      >
        <p style={{ textAlign: 'center', textIndent: 0 }}>Kính gửi: {authorities.join('; ') || '……………………'}.</p>
        <p>Căn cứ Luật Thi đua, Khen thưởng số 06/2022/QH15 ngày 15/6/2022 và các văn bản hướng dẫn thi hành;</p>
        <p>Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng {profile.allianceName},</p>
        <p>
          Kính đề nghị {authorities.join('; ') || 'cấp có thẩm quyền'} xem xét khen thưởng cho {units} tập thể và {people} cá nhân
          đã có thành tích năm {round.year}, cụ thể:
        </p>
        {forms.map((f) => (
          <p key={f.entry.code}>- {f.entry.name}: {f.count} {f.entry.recipient === 'unit' ? 'tập thể' : 'cá nhân'};</p>
        ))}
        <p>(Có danh sách và hồ sơ kèm theo).</p>
        <p>Kính đề nghị xem xét, quyết định./.</p>
      </AdminDocument>
    </>
  );
}
