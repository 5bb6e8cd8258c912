import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams, useSearchParams } from 'react-router-dom';
import { buildAchievementReport } from '@/domain/documents/achievementReport';
import { todayIso } from '@/domain/text/format';
import { getOfficeProfile } from '@/db/repositories/registry/settings';
import { listUnitYears } from '@/db/repositories/registry/unitYears';
import { listAwardsFor } from '@/db/repositories/awards/awardHistory';
import { getCatalogEntry } from '@/db/repositories/awards/catalog';
import { getUnit } from '@/db/repositories/registry/units';
import { AdminDocView } from '@/ui/print/AdminDocView';
import { DocxButton } from '@/ui/print/DocxButton';
import { PrintToolbar } from '@/ui/print/PrintToolbar';
import { documentFileName } from './fileNames';

/** Báo cáo thành tích of a collective, pre-filled from its yearly indicators and award history. */
export function AchievementReportPrint() {
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const code = params.get('code') ?? '';
  const data = useLiveQuery(async () => {
    const [profile, unit, years, awards, entry] = await Promise.all([
      getOfficeProfile(),
      getUnit(unitId),
      listUnitYears(unitId),
      listAwardsFor('unit', unitId),
      code ? getCatalogEntry(code) : undefined,
    ]);
    return { profile, unit, years, awards, entry };
  }, [unitId, code]);
  if (!data) return <Spin />;
  const { profile, unit, years, awards, entry } = data;
  if (!unit) return <p>Không tìm thấy đơn vị.</p>;
  const doc = buildAchievementReport({ unit, years, awards, entry, year, today: todayIso() }, profile);
  const name = documentFileName('Bao-cao-thanh-tich', year);
  return (
    <>
      <PrintToolbar fileName={`${name}.pdf`} landscape={false} extra={<DocxButton doc={doc} fileName={`${name}.docx`} />} />
      <AdminDocView doc={doc} />
    </>
  );
}
