/**
 * Column encodings, chosen per chunk to keep records small (IndexedDB's cost grows with bytes):
 * numbers as Int32Array scaled by 1, 1000 (whole 천원) or 1/10 (rates with one decimal) when every
 * value fits exactly, else Float64Array; text as a dictionary when few distinct values (bureau,
 * department), else one joined string with lengths (-1 = absent), because IndexedDB clones one
 * long string far faster than thousands of short ones.
 */
export type NumberColumn = Float64Array | { int32: Int32Array; scale: number };
export type TextColumn =
  | { dict: string[]; index: Uint8Array | Uint16Array | Uint32Array }
  | { joined: string; lengths: Int32Array }
  | { values: unknown[] };

const ABSENT = -2147483648;
const SCALES = [1, 1000, 0.1];

/** `values` uses NaN for absent; undefined when every value is absent */
export function encodeNumbers(values: Float64Array): NumberColumn | undefined {
  let any = false;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) any = true;
  if (!any) return undefined;
  for (const scale of SCALES) {
    const int32 = scaled(values, scale);
    if (int32) return { int32, scale };
  }
  return values;
}

// dividing by 10 (not multiplying by 0.1) gives back exactly the double a rate like 46.7 is
const unscale = (stored: number, scale: number) => (scale === 0.1 ? stored / 10 : stored * scale);

function scaled(values: Float64Array, scale: number): Int32Array | undefined {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value !== value) {
      out[i] = ABSENT;
      continue;
    }
    const stored = Math.round(value / scale);
    if (stored <= ABSENT || stored > 2147483647 || !Object.is(unscale(stored, scale), value))
      return undefined;
    out[i] = stored;
  }
  return out;
}

export function encodeText(values: readonly unknown[]): TextColumn | undefined {
  const count = values.length;
  const dictionary = new Map<string, number>();
  const index = new Uint32Array(count);
  const limit = 16 + (count >> 3);
  let any = false;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (value === undefined) continue;
    any = true;
    if (typeof value !== 'string') return { values: [...values] };
    let slot = dictionary.get(value);
    if (slot === undefined) {
      if (dictionary.size >= limit) return joinText(values);
      slot = dictionary.size + 1;
      dictionary.set(value, slot);
    }
    index[i] = slot;
  }
  if (!any) return undefined;
  const size = dictionary.size;
  const narrow =
    size < 255 ? Uint8Array.from(index) : size < 65535 ? Uint16Array.from(index) : index;
  return { dict: [...dictionary.keys()], index: narrow };
}

function joinText(values: readonly unknown[]): TextColumn {
  const lengths = new Int32Array(values.length);
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) lengths[i] = -1;
    else if (typeof value !== 'string') return { values: [...values] };
    else {
      lengths[i] = value.length;
      parts.push(value);
    }
  }
  return { joined: parts.join(''), lengths };
}

/**
 * A column as a plain array of values (undefined = absent), ready for fast row building; an
 * absent column is the shared all-undefined `none`.
 */
export function expandNumbers(
  column: NumberColumn | undefined,
  count: number,
  none: readonly unknown[],
): readonly unknown[] {
  if (!column) return none;
  const out = new Array<unknown>(count).fill(undefined);
  if (column instanceof Float64Array) {
    for (let i = 0; i < count; i++) {
      const value = column[i]!;
      if (value === value) out[i] = value;
    }
    return out;
  }
  const { int32, scale } = column;
  for (let i = 0; i < count; i++) {
    const stored = int32[i]!;
    if (stored !== ABSENT) out[i] = unscale(stored, scale);
  }
  return out;
}

export function expandText(
  column: TextColumn | undefined,
  count: number,
  none: readonly unknown[],
): readonly unknown[] {
  if (!column) return none;
  if ('values' in column) return column.values;
  const out = new Array<unknown>(count).fill(undefined);
  if ('dict' in column) {
    const { dict, index } = column;
    for (let i = 0; i < count; i++) if (index[i]) out[i] = dict[index[i]! - 1];
    return out;
  }
  const { joined, lengths } = column;
  let position = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[i]!;
    if (length < 0) continue;
    out[i] = joined.slice(position, position + length);
    position += length;
  }
  return out;
}
