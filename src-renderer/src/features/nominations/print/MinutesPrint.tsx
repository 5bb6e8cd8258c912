import { Spin } from 'antd';
import { useParams } from 'react-router-dom';
import { buildMinutes } from '@/domain/documents/minutes';
import { todayIso } from '@/domain/text/format';
import { AdminDocView } from '@/ui/print/AdminDocView';
import { DocxButton } from '@/ui/print/DocxButton';
import { PrintToolbar } from '@/ui/print/PrintToolbar';
import { documentFileName } from './fileNames';
import { useRoundPrintData } from './usePrintData';

/** Biên bản họp Hội đồng TĐKT: meeting, attendance, ballots, votes per nominee against the stored threshold, conclusion. */
export function MinutesPrint() {
  const { roundId = '' } = useParams();
  const data = useRoundPrintData(roundId);
  if (!data) return <Spin />;
  const { profile, report } = data;
  if (!report) return <p>Không tìm thấy đợt xét.</p>;
  const doc = buildMinutes(report, profile, todayIso());
  const name = documentFileName('Bien-ban-hop-hoi-dong', report.round.year);
  return (
    <>
      <PrintToolbar fileName={`${name}.pdf`} landscape={false} extra={<DocxButton doc={doc} fileName={`${name}.docx`} />} />
      <AdminDocView doc={doc} />
    </>
  );
}
