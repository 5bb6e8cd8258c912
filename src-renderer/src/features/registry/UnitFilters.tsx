import { Input, InputNumber, Select } from 'antd';
import type { UnitFilter } from '@/domain/registry/filter';
import { SECTORS, UNIT_KINDS, UNIT_STATUSES } from '@/domain/registry/types';
import { SECTOR_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL } from '@/domain/registry/labels';
import { communesSorted, provincesSorted, provinceName } from '@/domain/registry/localities';
import { compareVi } from '@/domain/text/collate';
import { foldFilter } from '@/ui/foldFilter';

interface Props {
  value: UnitFilter;
  onChange(next: UnitFilter): void;
  /** Province codes present in the data, offered even when the shipped list lacks them. */
  provinceCodesInData: string[];
}

export function UnitFilters({ value, onChange, provinceCodesInData }: Props) {
  const set = (patch: Partial<UnitFilter>) => onChange({ ...value, ...patch });
  const shipped = provincesSorted();
  const provinceOptions = [
    ...shipped.map((p) => ({ value: p.code, label: p.name })),
    ...provinceCodesInData.filter((c) => !shipped.some((p) => p.code === c)).map((c) => ({ value: c, label: provinceName(c) })),
  ].sort((a, b) => compareVi(a.label, b.label));
  const communes = communesSorted(value.provinceCode);
  return (
    <div className="page-toolbar">
      <Input.Search
        aria-label="Tìm đơn vị"
        placeholder="Tìm theo tên hoặc mã số thuế (gõ không dấu được)"
        allowClear
        style={{ width: 340 }}
        value={value.query}
        onChange={(e) => set({ query: e.target.value || undefined })}
      />
      <Select
        aria-label="Loại hình"
        placeholder="Loại hình"
        allowClear
        style={{ width: 140 }}
        value={value.kind}
        onChange={(kind) => set({ kind })}
        options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABEL[k] }))}
      />
      <Select
        aria-label="Tỉnh/thành"
        placeholder="Tỉnh/thành"
        allowClear
        showSearch={{ filterOption: foldFilter }}
        style={{ width: 170 }}
        value={value.provinceCode}
        onChange={(provinceCode) => set({ provinceCode, communeCode: undefined })}
        options={provinceOptions}
      />
      <Select
        aria-label="Xã/phường"
        placeholder="Xã/phường"
        allowClear
        showSearch={{ filterOption: foldFilter }}
        style={{ width: 170 }}
        disabled={!communes.length}
        value={value.communeCode}
        onChange={(communeCode) => set({ communeCode })}
        options={communes.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Select
        aria-label="Lĩnh vực"
        placeholder="Lĩnh vực"
        allowClear
        style={{ width: 200 }}
        value={value.sector}
        onChange={(sector) => set({ sector })}
        options={SECTORS.map((s) => ({ value: s, label: SECTOR_LABEL[s] }))}
      />
      <Select
        aria-label="Trạng thái"
        placeholder="Trạng thái"
        allowClear
        style={{ width: 160 }}
        value={value.status}
        onChange={(status) => set({ status })}
        options={UNIT_STATUSES.map((s) => ({ value: s, label: UNIT_STATUS_LABEL[s] }))}
      />
      <Select
        aria-label="Thành viên liên minh"
        placeholder="Thành viên LM"
        allowClear
        style={{ width: 150 }}
        value={value.member}
        onChange={(member) => set({ member })}
        options={[
          { value: 1, label: 'Là thành viên' },
          { value: 0, label: 'Chưa là thành viên' },
        ]}
      />
      <InputNumber
        aria-label="Năm kết nạp"
        placeholder="Năm kết nạp"
        style={{ width: 130 }}
        min={1945}
        max={2100}
        value={value.admittedYear ?? null}
        onChange={(v) => set({ admittedYear: v ?? undefined })}
      />
    </div>
  );
}
