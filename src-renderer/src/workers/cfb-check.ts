/**
 * Sector chains of a compound file (.xls, encrypted .xlsx) checked before SheetJS reads it:
 * SheetJS follows a stream's FAT chain without remembering where it has been, so a chain that
 * loops back (a block of the file written twice, an overwritten FAT sector) grows its list until
 * memory runs out. Returns what is broken, or null when every chain ends inside the file.
 * [MS-CFB] 2.2 (header), 2.3 (FAT), 2.5 (DIFAT), 2.6 (directory).
 */
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const DIFAT_IN_HEADER = 109;

export function cfbDamage(bytes: Uint8Array): string | null {
  if (bytes.length < 512) return 'shorter than a header';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const major = view.getUint16(26, true);
  const ssz = major === 4 ? 4096 : major === 3 ? 512 : 0;
  if (!ssz) return null; // SheetJS words its own message for other versions
  const sectors = Math.ceil((bytes.length - ssz) / ssz);
  const perSector = ssz / 4;
  const sectorAt = (s: number) => (s + 1) * ssz;
  const inFile = (s: number) => s < sectors && sectorAt(s) + 4 <= bytes.length;

  // FAT sector numbers: 109 in the header, the rest along the DIFAT chain.
  const fatCount = u32(44);
  const difatCount = u32(72);
  if (fatCount > sectors || difatCount > sectors) return 'sector counts beyond the file';
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, DIFAT_IN_HEADER); i++) fatSectors.push(u32(76 + i * 4));
  const seenDifat = new Set<number>();
  for (let d = u32(68), n = 0; n < difatCount && d !== ENDOFCHAIN && d !== FREESECT; n++) {
    if (!inFile(d) || seenDifat.has(d)) return 'DIFAT chain loops or leaves the file';
    seenDifat.add(d);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(sectorAt(d) + i * 4));
    d = u32(sectorAt(d) + (perSector - 1) * 4);
  }
  const fat: number[] = [];
  for (const f of fatSectors) {
    if (f === FREESECT || f === ENDOFCHAIN) continue;
    if (!inFile(f)) return 'FAT sector outside the file';
    const at = sectorAt(f);
    for (let i = 0; i < perSector && at + i * 4 + 4 <= bytes.length; i++) fat.push(u32(at + i * 4));
  }

  // A chain ends at ENDOFCHAIN or a free sector (as SheetJS reads it); it must not loop.
  const chain = (start: number): number[] | string => {
    const seen = new Set<number>();
    const out: number[] = [];
    for (let s = start; s < 0x80000000;) {
      // SheetJS reads sector numbers as signed: any negative one ends the chain.
      if (seen.has(s)) return 'a sector chain loops';
      if (!inFile(s)) return 'a sector chain leaves the file';
      seen.add(s);
      out.push(s);
      if (s >= fat.length) break; // SheetJS stops where the FAT ends
      s = fat[s]!;
    }
    return out;
  };

  const directory = chain(u32(48));
  if (typeof directory === 'string') return `directory: ${directory}`;
  const cutoff = u32(56) || 4096;
  for (const s of directory) {
    for (let e = sectorAt(s); e + 128 <= Math.min(sectorAt(s) + ssz, bytes.length); e += 128) {
      const type = bytes[e + 66];
      const start = u32(e + 116);
      const size = u32(e + 120);
      if (type === 5 || (type === 2 && size >= cutoff)) {
        const streamChain = chain(start);
        if (typeof streamChain === 'string') return `stream: ${streamChain}`;
      }
    }
  }
  const miniFat = chain(u32(60));
  if (typeof miniFat === 'string') return `mini FAT: ${miniFat}`;
  return null;
}
