/**
 * Locality names of a file -> codes of the current list (provinces by current and former names,
 * communes within a province or unique nationwide).
 */
import type { LocalityLookup } from './planTypes';
import { localityKey } from './unitIdentity';
import { PROVINCE_ALIASES } from '../registry/localities';

/** Names -> codes, built once per plan. */
export class LocalityIndex {
  private provinces = new Map<string, string>();
  /** Keys of former province names (merged on 01/07/2025), with the name as listed. */
  private formerProvinces = new Map<string, string>();
  private provinceNames = new Map<string, string>();
  private communes = new Map<string, string[]>();
  private communesInProvince = new Map<string, string>();
  private communeNames = new Map<string, string>();
  private communeProvince = new Map<string, string>();
  /** localityKey of names met in the file: a few hundred communes repeat over 100,000 rows. */
  private keys = new Map<string, string>();

  constructor(data: LocalityLookup) {
    for (const p of data.provinces) {
      this.provinces.set(localityKey(p.name), p.code);
      this.provinceNames.set(p.code, p.name);
    }
    for (const p of data.provinces)
      for (const f of p.formerNames ?? []) {
        const k = localityKey(f);
        if (this.provinces.has(k)) continue;
        this.provinces.set(k, p.code);
        this.formerProvinces.set(k, f);
      }
    for (const [alias, code] of Object.entries(PROVINCE_ALIASES))
      if (this.provinceNames.has(code) && !this.provinces.has(alias)) this.provinces.set(alias, code);
    for (const c of data.communes) {
      const k = localityKey(c.name);
      const list = this.communes.get(k) ?? [];
      list.push(c.code);
      this.communes.set(k, list);
      this.communesInProvince.set(`${c.provinceCode}|${k}`, c.code);
      this.communeNames.set(c.code, c.name);
      this.communeProvince.set(c.code, c.provinceCode);
    }
  }

  communeName(code: string | undefined): string | undefined {
    return code ? this.communeNames.get(code) : undefined;
  }

  provinceName(code: string | undefined): string | undefined {
    return code ? this.provinceNames.get(code) : undefined;
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

  /** A province by an already folded key without its level word: its code, and the former name when the key names one. */
  provinceByKey(key: string): { code: string; former?: string } | undefined {
    const code = this.provinces.get(key);
    if (!code) return undefined;
    const former = this.formerProvinces.get(key);
    return former ? { code, former } : { code };
  }

  commune(name: string, provinceCode: string | undefined): string | undefined {
    return this.communeByKey(this.key(name), provinceCode);
  }

  /** A commune by its folded key without the level word, within a province or unique nationwide. */
  communeByKey(key: string, provinceCode: string | undefined): string | undefined {
    if (provinceCode) return this.communesInProvince.get(`${provinceCode}|${key}`);
    const list = this.communes.get(key);
    return list && list.length === 1 ? list[0] : undefined;
  }

  /**
   * The one province whose current communes carry this name (an old district or town whose name
   * lives on as a commune, e.g. "Điện Bàn" -> Đà Nẵng); undefined when none or several.
   */
  provinceOfPlace(key: string): string | undefined {
    const list = this.communes.get(key);
    if (!list?.length) return undefined;
    const first = this.communeProvince.get(list[0]!);
    return list.every((c) => this.communeProvince.get(c) === first) ? first : undefined;
  }

  get hasCommunes(): boolean {
    return this.communes.size > 0;
  }
}
