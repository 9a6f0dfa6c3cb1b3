import { Fields } from './records';

/** The `FileHeader` stream: signature, version and the flags that say how the rest is stored. */
export interface HwpFileHeader {
  /** `5.0.3.0` as one number: 0x05000300 */
  version: number;
  compressed: boolean;
  /** the document is encrypted with a password (read-protected) */
  password: boolean;
  /** 배포용 문서: the body is in ViewText, encrypted with a key stored beside it */
  distribution: boolean;
  /** DRM-protected inside the HWP container */
  drm: boolean;
}

const SIGNATURE = 'HWP Document File';

export function readFileHeader(bytes: Uint8Array): HwpFileHeader | null {
  if (bytes.length < 40) return null;
  const signature = String.fromCharCode(...bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) return null;
  const fields = new Fields(bytes);
  const flags = fields.u32(36);
  return {
    version: fields.u32(32),
    compressed: (flags & 0x1) !== 0,
    password: (flags & 0x2) !== 0,
    distribution: (flags & 0x4) !== 0,
    drm: (flags & 0x10) !== 0,
  };
}

export function versionAtLeast(header: HwpFileHeader, a: number, b: number, c: number, d = 0) {
  return header.version >>> 0 >= ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}
