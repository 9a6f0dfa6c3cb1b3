import { inflateSync } from 'fflate';
import { decryptViewText, hasDistributionHead } from './distribution';
import { readFileHeader, type HwpFileHeader } from './file-header';
import { hwpError } from './errors';
import { CompoundFileError, openCompoundFile, type CompoundFile } from './compound-file';

/** An HWP 5 compound file opened: its header flags and the streams the reader needs, unpacked. */
export interface HwpContainer {
  header: HwpFileHeader;
  docInfo: Uint8Array;
  /** BodyText/Section0…N, or ViewText's decrypted sections for a distribution document */
  sections: Uint8Array[];
  /** whether the sections came from the decrypted ViewText */
  fromViewText: boolean;
}

function unpack(bytes: Uint8Array, compressed: boolean, what: string): Uint8Array {
  if (!compressed) return bytes;
  try {
    return inflateSync(bytes);
  } catch {
    throw hwpError('damaged', `${what}: the compressed stream is broken`);
  }
}

/** `Section0`, `Section1`… of a storage, in number order. */
function sectionNames(file: CompoundFile, storage: string): string[] {
  return file
    .list(storage)
    .map((name) => /^Section(\d+)$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b)
    .map((n) => `${storage}/Section${n}`);
}

export function openHwp(bytes: Uint8Array): HwpContainer {
  let file: CompoundFile;
  try {
    file = openCompoundFile(bytes);
  } catch (error) {
    if (error instanceof CompoundFileError) throw hwpError('damaged', error.message);
    throw error;
  }
  const headerBytes = file.stream('FileHeader');
  const header = headerBytes ? readFileHeader(headerBytes) : null;
  if (!header) throw hwpError('damaged', 'no HWP FileHeader');
  if (header.password) throw hwpError('password');
  if (header.drm) throw hwpError('drm');
  const docInfoRaw = file.stream('DocInfo');
  if (!docInfoRaw) throw hwpError('damaged', 'no DocInfo stream');
  const docInfo = unpack(docInfoRaw, header.compressed, 'DocInfo');
  const view = header.distribution ? sectionNames(file, 'ViewText') : [];
  if (view.length > 0) {
    const sections = view.map((name) => {
      const raw = file.stream(name)!;
      if (!hasDistributionHead(raw)) throw hwpError('damaged', `${name}: no distribution key`);
      return unpack(decryptViewText(raw), header.compressed, name);
    });
    return { header, docInfo, sections, fromViewText: true };
  }
  const body = sectionNames(file, 'BodyText');
  if (body.length === 0) throw hwpError('damaged', 'no BodyText sections');
  const sections = body.map((name) => unpack(file.stream(name)!, header.compressed, name));
  return { header, docInfo, sections, fromViewText: false };
}
