/**
 * CP949 (EUC-KR) bytes for test fixtures. Node can decode CP949 but not encode it, so the table is
 * built by decoding every two-byte code once.
 */
let table: Map<string, number[]> | undefined;

function build(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('euc-kr', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !map.has(char)) map.set(char, [lead, trail]);
      } catch {
        // not a character in CP949
      }
    }
  }
  return map;
}

export function encodeCp949(text: string): Uint8Array {
  table ??= build();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`not in CP949: ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
