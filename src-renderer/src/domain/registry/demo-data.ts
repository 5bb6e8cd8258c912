import { communeByName } from './localities';
import type { Sector, Unit, UnitKind, UnitYear } from './types';

/**
 * Demo data built from the domain brief: the cluster of five city alliances, the model HTX
 * honoured in 2015, and plausible THT/HTX with indicators. Deterministic, so demos repeat.
 */
export interface DemoUnit extends Omit<Unit, 'id' | 'searchWords' | 'nameKey' | 'sortKey' | 'createdAt' | 'updatedAt' | 'origin' | 'years'> {
  years: Array<Omit<UnitYear, 'id' | 'unitId' | 'updatedAt'>>;
}

/**
 * The five cities of the brief's cluster with communes of today's map (from 01/07/2025: 34
 * provinces, communes directly under the province, no districts). Each name is a commune of
 * localities-data.ts (tests/unit/demo-data.test.ts checks it).
 */
export const DEMO_CITIES = [
  { code: '01', name: 'Hà Nội', communes: ['Xã Hoài Đức', 'Phường Chương Mỹ', 'Xã Đan Phượng', 'Xã Gia Lâm', 'Xã Đông Anh', 'Xã Mê Linh', 'Xã Bát Tràng'] },
  { code: '79', name: 'Hồ Chí Minh', communes: ['Xã Củ Chi', 'Xã Hóc Môn', 'Xã Bình Chánh', 'Xã Cần Giờ'] },
  { code: '31', name: 'Hải Phòng', communes: ['Phường An Dương', 'Phường Thủy Nguyên', 'Xã Kiến Thụy', 'Xã Tiên Lãng'] },
  { code: '48', name: 'Đà Nẵng', communes: ['Xã Hòa Vang', 'Phường Cẩm Lệ', 'Phường Hải Châu', 'Xã Hòa Tiến'] },
  { code: '92', name: 'Cần Thơ', communes: ['Xã Phong Điền', 'Xã Cờ Đỏ', 'Xã Thới Lai', 'Xã Vĩnh Thạnh'] },
] as const;

/** Model HTX honoured in 2015 (domain brief), placed in a commune of today's map. */
export const DEMO_MODEL_UNITS: Array<{ name: string; provinceCode: string; commune: string; sector: Sector; taxCode: string }> = [
  { name: 'HTX Dương Liễu', provinceCode: '01', commune: 'Xã Hoài Đức', sector: 'nong_nghiep', taxCode: '0500423111' },
  { name: 'HTX Phú Thắng', provinceCode: '01', commune: 'Xã Gia Lâm', sector: 'nong_nghiep', taxCode: '0101234562' },
  { name: 'HTX Đồng Phú', provinceCode: '01', commune: 'Phường Chương Mỹ', sector: 'nong_nghiep', taxCode: '0500234573' },
  { name: 'HTX hoa lan Đan Hoài', provinceCode: '01', commune: 'Xã Đan Phượng', sector: 'nong_nghiep', taxCode: '0105678904' },
  { name: 'HTX Kim Thành', provinceCode: '48', commune: 'Xã Hòa Vang', sector: 'nong_nghiep', taxCode: '0400345615' },
  { name: 'HTX Hòa Cường', provinceCode: '48', commune: 'Phường Hải Châu', sector: 'tm_dv', taxCode: '0400123426' },
  { name: 'HTX Hòa Thọ Tây', provinceCode: '48', commune: 'Phường Cẩm Lệ', sector: 'nong_nghiep', taxCode: '0400456737' },
];

/** First year of the demo indicators; the last is the year the data is loaded (the summary's default year, the previous one, has figures). */
export const DEMO_FIRST_YEAR = 2013;

/** Commune code of a demo commune name ('' when the map does not have it). */
function communeCodeOf(provinceCode: string, name: string): string | undefined {
  return communeByName(provinceCode, name)?.code;
}

/** "Hoài Đức" from "Xã Hoài Đức": the place word used in demo unit names. */
const shortCommune = (name: string) => name.replace(/^(Xã|Phường|Đặc khu) /, '');

const PLACE_WORDS = [
  'An Phú',
  'Tân Lập',
  'Thành Công',
  'Đoàn Kết',
  'Hưng Thịnh',
  'Phúc Lợi',
  'Quyết Tiến',
  'Bình Minh',
  'Hợp Nhất',
  'Thống Nhất',
  'Vạn Phúc',
  'Nhân Hòa',
];
const TRADES: Array<{ label: string; sector: Sector }> = [
  { label: 'nông nghiệp', sector: 'nong_nghiep' },
  { label: 'dịch vụ nông nghiệp', sector: 'nong_nghiep' },
  { label: 'rau an toàn', sector: 'nong_nghiep' },
  { label: 'vận tải', sector: 'gtvt' },
  { label: 'xây dựng', sector: 'xay_dung' },
  { label: 'thương mại - dịch vụ', sector: 'tm_dv' },
  { label: 'mây tre đan', sector: 'cn_tttcn' },
  { label: 'môi trường', sector: 'khac' },
];

/** Small deterministic PRNG so generated data is repeatable (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 10-digit tax code made unique by the index. */
export function syntheticTaxCode(index: number, prefix = '09'): string {
  return `${prefix}${String(index).padStart(8, '0')}`;
}

function yearsFor(rand: () => number, kind: UnitKind, fromYear: number, toYear: number): DemoUnit['years'] {
  const scale = kind === 'htx' ? 1 : kind === 'qtdnd' ? 3 : 0.15;
  let members = Math.round((kind === 'tht' ? 6 : 20) + rand() * 80 * scale);
  let revenue = Math.round((500 + rand() * 4000) * 1_000_000 * scale);
  const years: DemoUnit['years'] = [];
  for (let year = fromYear; year <= toYear; year++) {
    members = Math.max(kind === 'tht' ? 2 : 5, members + Math.round((rand() - 0.4) * 4));
    revenue = Math.round(revenue * (0.95 + rand() * 0.2));
    const workers = Math.max(2, Math.round(members * (0.5 + rand() * 0.6)));
    const profit = Math.round(revenue * (rand() * 0.12 - 0.01));
    years.push({
      year,
      members,
      workers,
      charterCapital: Math.round(members * (5 + rand() * 20) * 1_000_000),
      assets: Math.round(revenue * (0.6 + rand())),
      revenue,
      profit,
      taxesPaid: Math.max(0, Math.round(profit * 0.2)),
      avgIncome: Math.round((2.5 + rand() * 5) * 1_000_000),
    });
  }
  return years;
}

/**
 * The demo set: the five cities, each with model HTX (where the brief names them), plus `perCity`
 * plausible HTX/THT with indicators from DEMO_FIRST_YEAR (or their founding) to `toYear`, in
 * communes of today's map. Deterministic for a given `toYear`.
 */
export function buildDemoUnits(perCity = 24, toYear = 2026): DemoUnit[] {
  const rand = seededRandom(2015);
  const units: DemoUnit[] = [];
  for (const m of DEMO_MODEL_UNITS) {
    units.push({
      kind: 'htx',
      name: m.name,
      provinceCode: m.provinceCode,
      communeCode: communeCodeOf(m.provinceCode, m.commune),
      sector: m.sector,
      taxCode: m.taxCode,
      status: 'active',
      member: 1,
      memberSince: 2010 + Math.floor(rand() * 5),
      foundedDate: `${1997 + Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 8)}-15`,
      leaderName: 'Nguyễn Văn An',
      years: yearsFor(rand, 'htx', DEMO_FIRST_YEAR, toYear),
    });
  }
  let serial = 1;
  for (const city of DEMO_CITIES) {
    for (let i = 0; i < perCity; i++) {
      const kind: UnitKind = i % 3 === 0 ? 'tht' : i % 11 === 5 ? 'qtdnd' : 'htx';
      const trade = TRADES[Math.floor(rand() * TRADES.length)]!;
      const place = PLACE_WORDS[Math.floor(rand() * PLACE_WORDS.length)]!;
      const commune = city.communes[Math.floor(rand() * city.communes.length)]!;
      // Some founded in recent years, so new units and members show up in the recent summaries.
      const founded = 2000 + Math.floor(rand() * (toYear - 2000 - 1));
      const dissolved = rand() < 0.06;
      const member = kind !== 'tht' && rand() < 0.6 ? 1 : 0;
      const name = kind === 'qtdnd' ? `Quỹ tín dụng nhân dân ${place}` : `${kind === 'tht' ? 'Tổ hợp tác' : 'HTX'} ${trade.label} ${place}`;
      const statusYear = Math.max(founded + 1, 2016 + Math.floor(rand() * (toYear - 2016)));
      units.push({
        kind,
        name: `${name} ${shortCommune(commune)}`,
        provinceCode: city.code,
        communeCode: communeCodeOf(city.code, commune),
        sector: kind === 'qtdnd' ? 'qtdnd' : trade.sector,
        taxCode: kind === 'tht' ? undefined : syntheticTaxCode(serial++, city.code === '01' ? '01' : '03'),
        status: dissolved ? 'dissolved' : 'active',
        statusDate: dissolved ? `${statusYear}-12-31` : undefined,
        member,
        memberSince: member ? Math.min(toYear, Math.max(founded, 2012) + Math.floor(rand() * 3)) : undefined,
        foundedDate: `${founded}-0${1 + Math.floor(rand() * 9)}-0${1 + Math.floor(rand() * 9)}`,
        years: yearsFor(rand, kind, Math.max(DEMO_FIRST_YEAR, founded), dissolved ? Math.min(toYear, statusYear) : toYear),
      });
    }
  }
  return units;
}

/** Synthetic units for benchmarks, one at a time (callers write them in chunks and report progress). */
export function* syntheticUnits(count: number, seed = 1): Generator<Omit<DemoUnit, 'years'>> {
  const rand = seededRandom(seed);
  const communeCodes = new Map<string, string | undefined>();
  for (let i = 0; i < count; i++) {
    const city = DEMO_CITIES[i % DEMO_CITIES.length]!;
    const kind: UnitKind = i % 4 === 0 ? 'htx' : i % 97 === 0 ? 'qtdnd' : i % 211 === 0 ? 'lien_hiep' : 'tht';
    const trade = TRADES[Math.floor(rand() * TRADES.length)]!;
    const place = PLACE_WORDS[Math.floor(rand() * PLACE_WORDS.length)]!;
    const commune = city.communes[Math.floor(rand() * city.communes.length)]!;
    if (!communeCodes.has(commune)) communeCodes.set(commune, communeCodeOf(city.code, commune));
    const founded = 1995 + Math.floor(rand() * 30);
    const member = kind !== 'tht' && rand() < 0.5 ? 1 : 0;
    yield {
      kind,
      name: `${kind === 'tht' ? 'Tổ hợp tác' : 'HTX'} ${trade.label} ${place} ${shortCommune(commune)} số ${i + 1}`,
      provinceCode: city.code,
      communeCode: communeCodes.get(commune),
      sector: kind === 'qtdnd' ? 'qtdnd' : trade.sector,
      taxCode: kind === 'tht' ? undefined : syntheticTaxCode(i + 1),
      ...(rand() < 0.05 ? { status: 'dissolved' as const, statusDate: `${Math.min(2025, founded + 3)}-06-30` } : { status: 'active' as const }),
      member,
      memberSince: member ? Math.min(2025, founded + Math.floor(rand() * 5)) : undefined,
      foundedDate: `${founded}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
    };
  }
}

/** N synthetic units for benchmarks: spread over the demo cities, realistic name words. */
export function generateSyntheticUnits(count: number, seed = 1): Array<Omit<DemoUnit, 'years'>> {
  return [...syntheticUnits(count, seed)];
}
