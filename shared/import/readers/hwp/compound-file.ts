/**
 * A minimal reader of Microsoft compound files (MS-CFB), the container of HWP 5 documents: the
 * header, the sector allocation table (FAT, with its DIFAT extension), the directory and the
 * mini stream. Streams come back as views into the file where their sectors are contiguous.
 *
 * Why not the `cfb` package: given a Uint8Array rather than a Node Buffer (the browser's case)
 * it copies every stream byte by byte into plain arrays — 214 ms against 28 ms for a 2.3 MB HWP.
 */

export class CompoundFileError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_ENTRY = 0xffffffff;
const HEADER_DIFAT = 109;

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** a stream's bytes by its path (`FileHeader`, `BodyText/Section0`), or null */
  stream(path: string): Uint8Array | null;
  /** the names of the streams in a storage (`BodyText`) */
  list(storage: string): string[];
}

function fail(why: string): never {
  throw new CompoundFileError(why);
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512 || SIGNATURE.some((b, i) => bytes[i] !== b)) fail('not a compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : FREE);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) fail('bad sector size');
  const sectorSize = 1 << sectorShift;
  const miniShift = view.getUint16(32, true) || 6;
  const miniCutoff = u32(56);
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;

  // DIFAT: where the FAT's own sectors are
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const sector = u32(76 + 4 * i);
    if (sector < sectorCount) fatSectors.push(sector);
  }
  const perSector = sectorSize / 4;
  for (let next = u32(68), hops = 0; next < sectorCount; hops++) {
    if (hops > sectorCount) fail('DIFAT loops');
    for (let i = 0; i < perSector - 1; i++) {
      const sector = u32(offsetOf(next) + 4 * i);
      if (sector < sectorCount) fatSectors.push(sector);
    }
    next = u32(offsetOf(next) + sectorSize - 4);
  }
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((sector, index) => {
    for (let i = 0; i < perSector; i++) fat[index * perSector + i] = u32(offsetOf(sector) + 4 * i);
  });

  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN && sector !== FREE; sector = table[sector]!) {
      if (sector >= limit || sector >= table.length) fail('a sector chain points outside the file');
      if (sectors.length >= table.length) fail('a sector chain loops');
      sectors.push(sector);
    }
    return sectors;
  };

  const readChain = (start: number, size: number): Uint8Array => {
    const sectors = chain(start, fat, sectorCount);
    const first = sectors[0];
    if (first === undefined) return new Uint8Array(0);
    const contiguous = sectors.every((sector, i) => sector === first + i);
    if (contiguous) {
      const from = offsetOf(first);
      return bytes.subarray(
        from,
        Math.min(bytes.length, from + Math.min(size, sectors.length * sectorSize)),
      );
    }
    const out = new Uint8Array(Math.min(size, sectors.length * sectorSize));
    sectors.forEach((sector, i) => {
      const at = i * sectorSize;
      if (at >= out.length) return;
      const from = offsetOf(sector);
      out.set(bytes.subarray(from, Math.min(from + sectorSize, from + out.length - at)), at);
    });
    return out;
  };

  const directory = readChain(u32(48), Number.MAX_SAFE_INTEGER);
  const directoryView = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: DirectoryEntry[] = [];
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const nameBytes = Math.min(64, directoryView.getUint16(at + 64, true));
    let name = '';
    for (let i = 0; i + 1 < nameBytes - 1; i += 2)
      name += String.fromCharCode(directoryView.getUint16(at + i, true));
    entries.push({
      name,
      type: directory[at + 66]!,
      left: directoryView.getUint32(at + 68, true),
      right: directoryView.getUint32(at + 72, true),
      child: directoryView.getUint32(at + 76, true),
      start: directoryView.getUint32(at + 116, true),
      size: directoryView.getUint32(at + 120, true),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) fail('no root entry');

  const miniStream = readChain(root.start, root.size);
  const miniFatBytes = readChain(u32(60), u32(64) * sectorSize);
  const miniFat = new Uint32Array(miniFatBytes.length >> 2);
  const miniView = new DataView(
    miniFatBytes.buffer,
    miniFatBytes.byteOffset,
    miniFatBytes.byteLength,
  );
  for (let i = 0; i < miniFat.length; i++) miniFat[i] = miniView.getUint32(4 * i, true);
  const miniSize = 1 << miniShift;

  const readMini = (start: number, size: number): Uint8Array => {
    const sectors = chain(start, miniFat, Math.ceil(miniStream.length / miniSize));
    const out = new Uint8Array(Math.min(size, sectors.length * miniSize));
    sectors.forEach((sector, i) => {
      const at = i * miniSize;
      if (at >= out.length) return;
      const from = sector * miniSize;
      out.set(miniStream.subarray(from, Math.min(from + miniSize, from + out.length - at)), at);
    });
    return out;
  };

  /** The entries of a storage: its child and everything reachable through left/right siblings. */
  const childrenOf = (entry: DirectoryEntry): DirectoryEntry[] => {
    const found: DirectoryEntry[] = [];
    const seen = new Set<number>();
    const visit = (index: number) => {
      if (index === NO_ENTRY || seen.has(index) || !entries[index]) return;
      seen.add(index);
      const node = entries[index]!;
      visit(node.left);
      found.push(node);
      visit(node.right);
    };
    visit(entry.child);
    return found;
  };

  const find = (path: string): DirectoryEntry | null => {
    let current: DirectoryEntry = root;
    for (const part of path.split('/').filter(Boolean)) {
      const next = childrenOf(current).find((entry) => entry.name === part);
      if (!next) return null;
      current = next;
    }
    return current;
  };

  return {
    stream(path) {
      const entry = find(path);
      if (!entry || entry.type !== 2) return null;
      return entry.size < miniCutoff
        ? readMini(entry.start, entry.size)
        : readChain(entry.start, entry.size);
    },
    list(storage) {
      const entry = find(storage);
      return entry
        ? childrenOf(entry)
            .filter((e) => e.type === 2)
            .map((e) => e.name)
        : [];
    },
  };
}
