import { buildNominationList } from '@/domain/awards/nominationList';
import { formatDateLine, formatDocumentNumber } from '@/domain/print/dateLine';
import { formatDate, todayIso } from '@/domain/text/format';
import { getOfficeProfile } from '@/db/repositories/registry/settings';
import { listNominees, loadRoundReport, type RoundReport } from '@/db/repositories/awards/roundReport';
import type { OfficeProfile } from '@/domain/registry/types';
import { saveFile } from '@/platform/desktop';
import type { ListHeading } from './nominationListWorkbook';

/** Heading lines of the nomination list, shared by the print view and the Excel file. */
export function listHeading(report: RoundReport, profile: OfficeProfile): ListHeading {
  const r = report.round;
  const letter = formatDocumentNumber(r.letterNumber, 'TTr', profile.documentPrefix);
  const heading: ListHeading = {
    numberLine: '',
    dateLine: formatDateLine(profile.placeName, r.letterDate ?? todayIso()),
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    subtitle: r.name,
  };
  if (r.letterNumber)
    heading.note = `(Kèm theo Tờ trình ${letter.replace(/^Số: /, 'số ')}${r.letterDate ? ` ngày ${formatDate(r.letterDate)}` : ''} của ${profile.allianceName})`;
  return heading;
}

export async function exportNominationList(roundId: string, catalogCode?: string): Promise<void> {
  const [report, profile] = await Promise.all([loadRoundReport(roundId), getOfficeProfile()]);
  if (!report) throw new Error('Không tìm thấy đợt xét.');
  const groups = buildNominationList(listNominees(report, catalogCode), report.catalog);
  if (groups.length === 0) throw new Error('Đợt xét chưa có đề nghị để xuất.');
  // ExcelJS (~900 KB) is loaded when a list is exported, not with every screen at start-up.
  const { buildNominationWorkbook } = await import('./nominationListWorkbook');
  const bytes = await buildNominationWorkbook(profile, listHeading(report, profile), groups);
  await saveFile(`Danh-sach-de-nghi-khen-thuong-${report.round.year}.xlsx`, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
}
