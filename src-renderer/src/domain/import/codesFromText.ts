/** Code lists read from the words of a cell: unit kind, sector, status, gender. */
import { foldText } from '../text/normalize';
import type { Sector, UnitKind, UnitStatus } from '../registry/types';
import type { Gender } from '../awards/types';

const KIND_WORDS: Array<[RegExp, UnitKind]> = [
  [/^(lien hiep|lhhtx)/, 'lien_hiep'],
  [/^(quy tin dung|qtd)/, 'qtdnd'],
  [/^(to hop tac|tht)\b/, 'tht'],
  [/^(hop tac xa|htx)\b/, 'htx'],
];

export function unitKindFromText(text: string): UnitKind | undefined {
  const f = foldText(text);
  for (const [re, kind] of KIND_WORDS) if (re.test(f)) return kind;
  if (/\b(khac|doanh nghiep|cong ty)\b/.test(f)) return 'khac';
  return undefined;
}

const SECTOR_WORDS: Array<[RegExp, Sector]> = [
  [/tin dung|qtdnd/, 'qtdnd'],
  [/nong|lam|thuy san|chan nuoi|trong trot|thuy loi|diem nghiep|nuoi trong/, 'nong_nghiep'],
  [/cong nghiep|thu cong|tttcn|cn ?- ?ttcn|lang nghe/, 'cn_tttcn'],
  [/van tai|giao thong|gtvt|xe/, 'gtvt'],
  [/xay dung/, 'xay_dung'],
  [/thuong mai|dich vu|tm ?- ?dv|moi truong|ve sinh|cho/, 'tm_dv'],
  [/khac/, 'khac'],
];

export function sectorFromText(text: string): Sector | undefined {
  const f = foldText(text);
  for (const [re, s] of SECTOR_WORDS) if (re.test(f)) return s;
  return undefined;
}

export function statusFromText(text: string): UnitStatus | undefined {
  const f = foldText(text);
  if (/giai the|da giai|ngung hoat dong han|thu hoi/.test(f)) return 'dissolved';
  if (/tam ngung|tam dung|ngung/.test(f)) return 'paused';
  if (/hoat dong|dang hd|binh thuong/.test(f)) return 'active';
  return undefined;
}

export function genderFromText(text: string): Gender | undefined {
  const f = foldText(text);
  if (f === 'nam' || f === 'm' || f === 'male') return 'nam';
  if (f === 'nu' || f === 'f' || f === 'female') return 'nu';
  return undefined;
}
