/**
 * AES-128 decryption of whole 16-byte blocks in ECB mode (FIPS-197). HWP distribution documents
 * encrypt their body this way; Web Crypto offers no ECB, and shared/ may not use Node's crypto.
 */

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);

function xtime(a: number): number {
  return ((a << 1) ^ (a & 0x80 ? 0x1b : 0)) & 0xff;
}

function multiply(a: number, b: number): number {
  let result = 0;
  for (let x = a, y = b; y > 0; y >>= 1, x = xtime(x)) if (y & 1) result ^= x;
  return result;
}

function rotateLeft(value: number, shift: number): number {
  return ((value << shift) | (value >> (8 - shift))) & 0xff;
}

// The S-box maps each byte to its inverse in GF(2^8) followed by an affine map: walk p through
// the powers of 3 while q walks through the powers of 3's inverse, so q = p⁻¹ at every step.
(function buildSboxes() {
  let p = 1;
  let q = 1;
  do {
    p = p ^ xtime(p);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const value =
      q ^ rotateLeft(q, 1) ^ rotateLeft(q, 2) ^ rotateLeft(q, 3) ^ rotateLeft(q, 4) ^ 0x63;
    SBOX[p] = value;
    INV_SBOX[value] = p;
  } while (p !== 1);
  SBOX[0] = 0x63;
  INV_SBOX[0x63] = 0;
})();

function table(factor: number): Uint8Array {
  const products = new Uint8Array(256);
  for (let i = 0; i < 256; i++) products[i] = multiply(i, factor);
  return products;
}

const X9 = table(9);
const X11 = table(11);
const X13 = table(13);
const X14 = table(14);

const RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36];

function expandKey(key: Uint8Array): Uint8Array {
  const words = new Uint8Array(176);
  words.set(key.subarray(0, 16));
  for (let i = 16, round = 0; i < 176; i += 4) {
    let t0 = words[i - 4]!;
    let t1 = words[i - 3]!;
    let t2 = words[i - 2]!;
    let t3 = words[i - 1]!;
    if (i % 16 === 0) {
      const first = t0;
      t0 = SBOX[t1]! ^ RCON[round++]!;
      t1 = SBOX[t2]!;
      t2 = SBOX[t3]!;
      t3 = SBOX[first]!;
    }
    words[i] = words[i - 16]! ^ t0;
    words[i + 1] = words[i - 15]! ^ t1;
    words[i + 2] = words[i - 14]! ^ t2;
    words[i + 3] = words[i - 13]! ^ t3;
  }
  return words;
}

function addRoundKey(state: Uint8Array, keys: Uint8Array, round: number): void {
  for (let i = 0; i < 16; i++) state[i]! ^= keys[round * 16 + i]!;
}

function invShiftRowsAndSubBytes(state: Uint8Array): void {
  const copy = state.slice();
  for (let col = 0; col < 4; col++)
    for (let row = 0; row < 4; row++)
      state[col * 4 + row] = INV_SBOX[copy[((col - row + 4) % 4) * 4 + row]!]!;
}

function invMixColumns(state: Uint8Array): void {
  for (let c = 0; c < 16; c += 4) {
    const a0 = state[c]!;
    const a1 = state[c + 1]!;
    const a2 = state[c + 2]!;
    const a3 = state[c + 3]!;
    state[c] = X14[a0]! ^ X11[a1]! ^ X13[a2]! ^ X9[a3]!;
    state[c + 1] = X9[a0]! ^ X14[a1]! ^ X11[a2]! ^ X13[a3]!;
    state[c + 2] = X13[a0]! ^ X9[a1]! ^ X14[a2]! ^ X11[a3]!;
    state[c + 3] = X11[a0]! ^ X13[a1]! ^ X9[a2]! ^ X14[a3]!;
  }
}

/** Decrypts `data` (its length rounded down to whole blocks) with a 16-byte key. */
export function aes128EcbDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array {
  const keys = expandKey(key);
  const length = data.length - (data.length % 16);
  const out = new Uint8Array(length);
  const state = new Uint8Array(16);
  for (let at = 0; at < length; at += 16) {
    state.set(data.subarray(at, at + 16));
    addRoundKey(state, keys, 10);
    for (let round = 9; round >= 1; round--) {
      invShiftRowsAndSubBytes(state);
      addRoundKey(state, keys, round);
      invMixColumns(state);
    }
    invShiftRowsAndSubBytes(state);
    addRoundKey(state, keys, 0);
    out.set(state, at);
  }
  return out;
}
