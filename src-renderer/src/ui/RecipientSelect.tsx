import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { RecipientKind } from '@/domain/awards/types';
import { getUnit, searchUnits, warmUnitSearch } from '@/db/repositories/registry/units';
import { getPerson, searchPeople } from '@/db/repositories/awards/people';

interface Option {
  value: string;
  label: string;
}

async function search(kind: RecipientKind, q: string): Promise<Option[]> {
  if (kind === 'unit') return (await searchUnits(q, 50)).map((u) => ({ value: u.id, label: u.name }));
  return (await searchPeople(q))
    .slice(0, 50)
    .map((p) => ({ value: p.id, label: `${p.fullName}${p.position ? ` - ${p.position}` : ''}${p.birthYear ? ` (${p.birthYear})` : ''}` }));
}

/** Search-as-you-type picker of a unit or a person (diacritic-insensitive). */
export function RecipientSelect({ kind, value, onChange, id }: { kind: RecipientKind; value?: string; onChange?: (v: string) => void; id?: string }) {
  const [options, setOptions] = useState<Option[]>([]);
  // Searches finish out of order while typing; only the latest query may set the options.
  const latest = useRef(0);
  useEffect(() => {
    if (kind === 'unit') warmUnitSearch();
    let alive = true;
    void search(kind, '').then((o) => alive && setOptions(o));
    return () => {
      alive = false;
    };
  }, [kind]);
  useEffect(() => {
    if (!value || options.some((o) => o.value === value)) return;
    void (
      kind === 'unit' ? getUnit(value).then((u) => u && { value: u.id, label: u.name }) : getPerson(value).then((p) => p && { value: p.id, label: p.fullName })
    ).then((o) => o && setOptions((prev) => [o, ...prev]));
  }, [value, kind, options]);
  return (
    <Select
      id={id}
      showSearch={{
        filterOption: false,
        onSearch: (q) => {
          const ticket = ++latest.current;
          void search(kind, q).then((o) => ticket === latest.current && setOptions(o));
        },
      }}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={kind === 'unit' ? 'Gõ tên đơn vị' : 'Gõ họ tên'}
      notFoundContent={kind === 'unit' ? 'Không có đơn vị phù hợp' : 'Không có cá nhân phù hợp'}
    />
  );
}
