/**
 * A city office's round for the document tests: Hà Nội alliance, a CSTĐCS (80% threshold), a
 * CSTĐ tỉnh (90%), a Bằng khen of the city's chairman for a collective and a Cờ thi đua; votes
 * carry the threshold stored when they were recorded. Plus helpers to read a .docx back.
 */
import JSZip from 'jszip';
import type { CatalogEntry, CouncilThreshold, CouncilVote, Nomination, NominationRound } from '@/domain/awards/types';
import type { ListNominee } from '@/domain/awards/nominationList';
import type { OfficeProfile, Unit, UnitYear } from '@/domain/registry/types';
import type { AwardRecord } from '@/domain/awards/types';
import type { RoundDocInput } from '@/domain/documents/roundDocInput';

export const PROFILE: OfficeProfile = {
  allianceName: 'LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI',
  parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
  provinceCode: '01',
  placeName: 'Hà Nội',
  leaderName: 'Lê Văn Thành',
  leaderTitle: 'PHÓ CHỦ TỊCH',
  signAuthority: 'KT. CHỦ TỊCH',
  documentPrefix: 'LMHTX',
  draftingUnit: 'VP',
  userName: 'Kiểm thử',
};

const entry = (code: string, name: string, recipient: 'person' | 'unit', authority: string, council: CouncilThreshold, sortOrder: number): CatalogEntry => ({
  code,
  name,
  kind: 'title',
  recipient,
  level: 'bo_tinh',
  authority,
  commendationType: 'thuong_xuyen',
  council,
  active: 1,
  sortOrder,
  origin: 'seed',
  updatedAt: '',
});

export const CATALOG: CatalogEntry[] = [
  entry('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'person', 'Chủ tịch Liên minh HTX tỉnh', { percent: 80, base: 'full' }, 20),
  entry('CSTD_TINH', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'person', 'Chủ tịch UBND tỉnh', { percent: 90, base: 'full' }, 30),
  entry('CO_TINH', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', 'unit', 'Chủ tịch UBND tỉnh', { percent: 80, base: 'full' }, 70),
  entry('BK_TINH_TT', 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)', 'unit', 'Chủ tịch UBND tỉnh', { percent: 70, base: 'full' }, 190),
];

export const ROUND: NominationRound = {
  id: 'r1',
  name: 'Khen thưởng tổng kết năm 2025',
  year: 2025,
  type: 'nam',
  letterNumber: '5',
  letterDate: '2026-01-05',
  meetingDate: '2026-01-03',
  meetingTime: '08:30',
  meetingPlace: 'Hội trường tầng 3, số 5 Lê Thánh Tông',
  chairName: 'Nguyễn Văn An',
  chairTitle: 'Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội',
  secretaryName: 'Trần Thị Bích',
  status: 'open',
  createdAt: '',
  updatedAt: '',
};

const nom = (id: string, kind: 'person' | 'unit', code: string): Nomination => ({
  id,
  roundId: 'r1',
  recipientKind: kind,
  recipientId: `${kind}-${id}`,
  catalogCode: code,
  commendationType: 'thuong_xuyen',
  summary: `Thành tích ${id}`,
  attachments: [],
  overrides: [],
  status: 'submitted',
  createdAt: '',
  updatedAt: '',
});

const vote = (n: Nomination, votesFor: number): CouncilVote => {
  const threshold = CATALOG.find((c) => c.code === n.catalogCode)!.council!;
  const percent = Math.round((votesFor / 11) * 10000) / 100;
  return {
    id: `v-${n.id}`,
    roundId: 'r1',
    nominationId: n.id,
    meetingDate: '2026-01-03',
    membersTotal: 11,
    membersPresent: 10,
    ballotsIssued: 10,
    ballotsValid: 10,
    votesFor,
    threshold,
    percent,
    passed: percent >= threshold.percent ? 1 : 0,
    createdAt: '',
  };
};

const n1 = nom('n1', 'person', 'CSTDCS');
const n2 = nom('n2', 'person', 'CSTD_TINH');
const n3 = nom('n3', 'unit', 'CO_TINH');
const n4 = nom('n4', 'unit', 'BK_TINH_TT');

export const INPUT: RoundDocInput = {
  round: ROUND,
  catalog: CATALOG,
  views: [
    { nomination: n1, name: 'Nguyễn Thị Hoa', vote: vote(n1, 9) },
    { nomination: n2, name: 'Phạm Đức Dũng', vote: vote(n2, 9) },
    { nomination: n3, name: 'HTX Hòa Cường', vote: vote(n3, 10) },
    { nomination: n4, name: 'HTX Đồng Phú', vote: vote(n4, 8) },
  ],
};

export const NOMINEES: ListNominee[] = [
  {
    catalogCode: 'CSTDCS',
    recipientKind: 'person',
    name: 'Nguyễn Thị Hoa',
    gender: 'nu',
    birthYear: 1980,
    ethnicity: 'Kinh',
    position: 'Giám đốc',
    unitName: 'HTX Dương Liễu',
    summary: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở.',
  },
  {
    catalogCode: 'CSTD_TINH',
    recipientKind: 'person',
    name: 'Phạm Đức Dũng',
    gender: 'nam',
    birthYear: 1975,
    ethnicity: 'Tày',
    position: 'Kế toán',
    unitName: 'HTX Dương Liễu',
    summary: 'Ba năm liền Chiến sĩ thi đua cơ sở.',
  },
  { catalogCode: 'CO_TINH', recipientKind: 'unit', name: 'HTX Hòa Cường', summary: 'Đơn vị dẫn đầu cụm thi đua.' },
  { catalogCode: 'BK_TINH_TT', recipientKind: 'unit', name: 'HTX Đồng Phú', summary: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ.' },
];

export const UNIT: Unit = {
  id: 'u1',
  kind: 'htx',
  name: 'HTX Hòa Cường',
  provinceCode: '79',
  address: 'Xã Củ Chi, Thành phố Hồ Chí Minh',
  sector: 'nong_nghiep',
  foundedDate: '2005',
  status: 'active',
  member: 1,
  memberSince: 2015,
  leaderName: 'Võ Thị Sương',
  origin: 'manual',
} as Unit;

export const YEARS: UnitYear[] = [2024, 2025].map((y) => ({
  id: `u1:${y}`,
  unitId: 'u1',
  year: y,
  members: 120,
  assets: 20_000_000_000,
  revenue: 12_500_000_000,
  profit: 850_000_000,
  taxesPaid: 120_000_000,
  avgIncome: 6_500_000,
  updatedAt: '',
}));

export const AWARDS: AwardRecord[] = [
  {
    id: 'a1',
    year: 2023,
    recipientKind: 'unit',
    recipientId: 'u1',
    catalogCode: 'BK_TINH_TT',
    awardName: 'Bằng khen của Chủ tịch UBND Thành phố Hồ Chí Minh',
    decisionNumber: '3456/QĐ-UBND',
    decisionDate: '2024-03-01',
    issuingBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    commendationType: 'thuong_xuyen',
    source: 'manual',
    createdAt: '',
    updatedAt: '',
  },
];

/** The parts of a .docx the tests look at. */
export async function readDocx(bytes: Uint8Array): Promise<{ document: string; headers: string[]; files: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const document = await zip.file('word/document.xml')!.async('string');
  const headers = await Promise.all(files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  return { document, headers, files };
}

/** The visible text of document.xml, paragraphs on their own lines. */
export function docxText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
