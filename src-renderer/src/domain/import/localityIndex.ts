/**
 * Locality names of a file -> codes of the current list (provinces by current and former names,
 * communes within a province or unique nationwide).
 */
import type { LocalityLookup } from './planTypes';
import { localityKey } from './unitIdentity';

/** Names -> codes, built once per plan. */
export class LocalityIndex {
  private provinces = new Map<string, string>();
  private communes = new Map<string, string[]>();
  private communesInProvince = new Map<string, string>();
  private communeNames = new Map<string, string>();
  /** localityKey of names met in the file: a few hundred communes repeat over 100,000 rows. */
  private keys = new Map<string, string>();

  constructor(data: LocalityLookup) {
    for (const p of data.provinces) {
      this.provinces.set(localityKey(p.name), p.code);
      for (const f of p.formerNames ?? []) if (!this.provinces.has(localityKey(f))) this.provinces.set(localityKey(f), p.code);
    }
    for (const c of data.communes) {
      const k = localityKey(c.name);
      const list = this.communes.get(k) ?? [];
      list.push(c.code);
      this.communes.set(k, list);
      this.communesInProvince.set(`${c.provinceCode}|${k}`, c.code);
      this.communeNames.set(c.code, c.name);
    }
  }

  communeName(code: string | undefined): string | undefined {
    return code ? this.communeNames.get(code) : undefined;
  }

  /** localityKey(name), remembered. */
  key(name: string): string {
    let k: string | undefined = this.keys.get(name);
    if (k === undefined) {
      if (this.keys.size >= 50_000) this.keys.clear();
      this.keys.set(name, (k = localityKey(name)));
    }
    return k;
  }

  province(name: string): string | undefined {
    return this.provinces.get(this.key(name));
  }

  commune(name: string, provinceCode: string | undefined): string | undefined {
    const k = this.key(name);
    if (provinceCode) return this.communesInProvince.get(`${provinceCode}|${k}`);
    const list = this.communes.get(k);
    return list && list.length === 1 ? list[0] : undefined;
  }

  get hasCommunes(): boolean {
    return this.communes.size > 0;
  }
}
