import { Spin } from 'antd';
import { useParams } from 'react-router-dom';
import { buildLetter, letterGroups } from '@/domain/documents/letter';
import { todayIso } from '@/domain/text/format';
import { AdminDocView } from '@/ui/print/AdminDocView';
import { DocxButton } from '@/ui/print/DocxButton';
import { PrintToolbar } from '@/ui/print/PrintToolbar';
import { AuthorityPicker, useAuthorityParam } from './AuthorityPicker';
import { documentFileName } from './fileNames';
import { useRoundPrintData } from './usePrintData';

/** Tờ trình đề nghị khen thưởng: one per deciding authority, the user picks which. */
export function LetterPrint() {
  const { roundId = '' } = useParams();
  const data = useRoundPrintData(roundId);
  const [authority, setAuthority] = useAuthorityParam();
  if (!data) return <Spin />;
  const { profile, report } = data;
  if (!report) return <p>Không tìm thấy đợt xét.</p>;
  const groups = letterGroups(report, profile);
  const chosen = groups.find((g) => g.authority === authority) ?? groups[0];
  const doc = buildLetter(report, profile, { authority: chosen?.authority, today: todayIso() });
  const index = chosen ? groups.indexOf(chosen) + 1 : 1;
  const name = documentFileName('To-trinh', report.round.year, groups.length > 1 ? index : undefined);
  return (
    <>
      <PrintToolbar
        fileName={`${name}.pdf`}
        landscape={false}
        extra={
          <>
            <DocxButton doc={doc} fileName={`${name}.docx`} />
            <AuthorityPicker groups={groups} value={chosen?.authority} onChange={setAuthority} />
          </>
        }
      />
      <AdminDocView doc={doc} />
    </>
  );
}
