/**
 * A file's format from its first bytes, never from its name: real collections hold HWP binaries
 * named `.hwpx`, PDFs named `.hwp` and DRM wrappers named `.hwp`.
 */
export type SniffedFormat =
  | 'pdf'
  | 'hwp'
  | 'hwpx'
  | 'xlsx'
  | 'text'
  /** a compound file that is not HWP 5 (an old Word or Excel file) */
  | 'cfb-other'
  /** an Excel 97–2003 workbook (.xls) */
  | 'xls'
  /** a password-protected Office file (XLSX, DOCX…): an encrypted package in a compound file */
  | 'office-encrypted'
  /** a zip that is neither HWPX nor XLSX (a Word .docx, an archive) */
  | 'zip-other'
  /** HWP 3.x and older */
  | 'hwp3'
  /** a MarkAny (or similar) DRM wrapper */
  | 'drm'
  | 'binary'
  | 'empty';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((char) => [char.charCodeAt(0), 0]);
}

/** Whether `needle` occurs in the first `limit` bytes. */
function contains(bytes: Uint8Array, needle: readonly number[], limit = bytes.length): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  const first = needle[0]!;
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A PDF may have a few bytes of junk before its header; readers accept it within the first 1 KB. */
function isPdf(bytes: Uint8Array): boolean {
  return contains(bytes, ascii('%PDF-'), 1024);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/**
 * Zip members' names are stored uncompressed in the local headers and the central directory, so
 * a package's kind can be told without unzipping it.
 */
function zipKind(bytes: Uint8Array): SniffedFormat {
  if (
    contains(bytes, ascii('application/hwp+zip'), 512) ||
    contains(bytes, ascii('Contents/section0.xml')) ||
    contains(bytes, ascii('Contents/header.xml'))
  )
    return 'hwpx';
  if (contains(bytes, ascii('xl/workbook.xml'))) return 'xlsx';
  return 'zip-other';
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // HWP 5 keeps a `FileHeader` stream that begins "HWP Document File"
    const hwp =
      contains(bytes, ascii('HWP Document File')) || contains(bytes, utf16le('FileHeader'));
    if (hwp) return 'hwp';
    if (contains(bytes, utf16le('EncryptedPackage'))) return 'office-encrypted';
    if (contains(bytes, utf16le('Workbook'))) return 'xls';
    return 'cfb-other';
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) return zipKind(bytes);
  if (startsWith(bytes, ascii('HWP Document File V'))) return 'hwp3';
  if (startsWith(bytes, ascii('<MARKANY')) || contains(bytes, ascii('DRMONE'), 256)) return 'drm';
  // UTF-16 with a byte-order mark (Excel's "Unicode text"): its zero bytes are not binary
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  if (looksBinary(bytes)) return 'binary';
  return 'text';
}
