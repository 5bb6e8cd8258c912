import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { searchUnits, warmUnitSearch } from '@/db/repositories/registry/units';

/** Search the registry by name or tax code (word prefixes, no diacritics needed). */
export function UnitPicker({ value, onChange, placeholder }: { value?: string; onChange?: (id: string | undefined) => void; placeholder?: string }) {
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  // Searches finish out of order while typing; only the latest query may set the options.
  const latest = useRef(0);
  useEffect(() => warmUnitSearch(), []);
  return (
    <Select
      showSearch
      allowClear
      value={value}
      placeholder={placeholder ?? 'Gõ tên hoặc mã số thuế để tìm'}
      filterOption={false}
      onSearch={async (q) => {
        const ticket = ++latest.current;
        if (!q.trim()) return;
        const units = await searchUnits(q, 30);
        if (ticket !== latest.current) return;
        setOptions(units.map((u) => ({ value: u.id, label: u.taxCode ? `${u.name} (${u.taxCode})` : u.name })));
      }}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      notFoundContent="Không tìm thấy đơn vị"
      style={{ width: '100%' }}
    />
  );
}
