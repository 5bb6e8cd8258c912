import { Spin } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { buildNominationListDoc } from '@/domain/documents/nominationListDoc';
import { authorityGroups } from '@/domain/documents/roundDocInput';
import { officeNames } from '@/domain/documents/officeText';
import { todayIso } from '@/domain/text/format';
import { listNominees } from '@/db/repositories/awards/roundReport';
import { AdminDocView } from '@/ui/print/AdminDocView';
import { DocxButton } from '@/ui/print/DocxButton';
import { PrintToolbar } from '@/ui/print/PrintToolbar';
import { AuthorityPicker, useAuthorityParam } from './AuthorityPicker';
import { documentFileName } from './fileNames';
import { useRoundPrintData } from './usePrintData';

/** Danh sách đề nghị khen thưởng: A4 landscape, group rows I, II..., header repeated on every page; whole round or one authority's list. */
export function NominationListPrint() {
  const { roundId = '' } = useParams();
  const [params] = useSearchParams();
  const [authority, setAuthority] = useAuthorityParam();
  const data = useRoundPrintData(roundId);
  if (!data) return <Spin />;
  const { profile, report } = data;
  if (!report) return <p>Không tìm thấy đợt xét.</p>;
  const code = params.get('code') ?? undefined;
  const groups = authorityGroups(
    report.views.filter((v) => v.nomination.status !== 'rejected'),
    report.catalog,
    officeNames(profile),
  );
  const chosen = groups.find((g) => g.authority === authority);
  const doc = buildNominationListDoc(report, listNominees(report, code), profile, { authority: chosen?.authority, code, today: todayIso() });
  const name = documentFileName('Danh-sach-de-nghi', report.round.year, chosen && groups.length > 1 ? groups.indexOf(chosen) + 1 : undefined);
  return (
    <>
      <PrintToolbar
        fileName={`${name}.pdf`}
        landscape
        extra={
          <>
            <DocxButton doc={doc} fileName={`${name}.docx`} />
            <AuthorityPicker groups={groups} value={chosen?.authority} onChange={setAuthority} allowAll />
          </>
        }
      />
      <AdminDocView doc={doc} tableClassName="nomination-list" />
    </>
  );
}
