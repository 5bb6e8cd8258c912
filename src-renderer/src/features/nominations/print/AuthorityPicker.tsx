import { Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { AuthorityGroup } from '@/domain/documents/roundDocInput';

/**
 * The deciding authority a tờ trình (and the list that goes with it) is addressed to: a round whose
 * awards are decided at several levels makes one letter per authority (URL `authority=`).
 */
export function useAuthorityParam(): [string | undefined, (a: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('authority') ?? undefined;
  const set = (a: string | undefined) => {
    const next = new URLSearchParams(params);
    if (a) next.set('authority', a);
    else next.delete('authority');
    setParams(next, { replace: true });
  };
  return [value, set];
}

export function AuthorityPicker({
  groups,
  value,
  onChange,
  allowAll,
}: {
  groups: AuthorityGroup[];
  value: string | undefined;
  onChange: (a: string | undefined) => void;
  allowAll?: boolean;
}) {
  if (groups.length <= 1 && !allowAll) return null;
  return (
    <Space>
      <Typography.Text>Trình cấp quyết định:</Typography.Text>
      <Select
        data-testid="authority-picker"
        style={{ minWidth: 360 }}
        value={value ?? (allowAll ? '' : groups[0]?.authority)}
        onChange={(v: string) => onChange(v || undefined)}
        options={[...(allowAll ? [{ value: '', label: 'Tất cả đề nghị của đợt' }] : []), ...groups.map((g) => ({ value: g.authority, label: g.authority }))]}
      />
    </Space>
  );
}
