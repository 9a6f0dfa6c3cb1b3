import { aes128EcbDecrypt } from './aes128';

/**
 * 배포용 문서 (distribution documents): each ViewText section starts with an
 * HWPTAG_DISTRIBUTE_DOC_DATA record of 256 bytes, scrambled with MSVC's rand() seeded by its first
 * four bytes; unscrambled, it holds (at 4 + seed % 16) the key whose first 16 bytes decrypt the
 * rest of the stream with AES-128 in ECB mode. Hancom's HWP 5.0 format document describes it.
 */

const HEAD_SIZE = 4 + 256;

function msvcRand(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 214013) + 2531011) >>> 0;
    return (state >>> 16) & 0x7fff;
  };
}

export function distributionKey(payload: Uint8Array): Uint8Array {
  const data = payload.slice(0, 256);
  const seed = (data[0]! | (data[1]! << 8) | (data[2]! << 16) | (data[3]! << 24)) >>> 0;
  const rand = msvcRand(seed);
  let mask = 0;
  let run = 0;
  for (let i = 0; i < 256; i++) {
    if (run === 0) {
      mask = rand() & 0xff;
      run = (rand() & 0xf) + 1;
    }
    if (i >= 4) data[i]! ^= mask;
    run--;
  }
  const offset = 4 + (seed & 0xf);
  return data.slice(offset, offset + 16);
}

/** Whether the stream starts with a DISTRIBUTE_DOC_DATA record (tag 28, 256 bytes). */
export function hasDistributionHead(stream: Uint8Array): boolean {
  if (stream.length < HEAD_SIZE) return false;
  const header = (stream[0]! | (stream[1]! << 8) | (stream[2]! << 16) | (stream[3]! << 24)) >>> 0;
  return (header & 0x3ff) === 28 && header >>> 20 === 256;
}

/** A ViewText section's stream → its records' bytes (still compressed if the document is). */
export function decryptViewText(stream: Uint8Array): Uint8Array {
  const key = distributionKey(stream.subarray(4, HEAD_SIZE));
  return aes128EcbDecrypt(key, stream.subarray(HEAD_SIZE));
}
