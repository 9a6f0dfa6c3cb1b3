/**
 * Column encodings. Numbers: Float64Array, NaN = absent. Text: a dictionary when few distinct
 * values (bureau, department), else one joined string with lengths (-1 = absent), because
 * IndexedDB clones one long string far faster than thousands of short ones.
 */
export type NumberColumn = Float64Array;
export type TextColumn =
  | { dict: string[]; index: Uint32Array }
  | { joined: string; lengths: Int32Array }
  | { values: unknown[] };

export function encodeNumbers(values: Float64Array): NumberColumn | undefined {
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) return values;
  return undefined; // all absent
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
  return any ? { dict: [...dictionary.keys()], index } : undefined;
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

/** a column as a plain array of values (undefined = absent), ready for fast row building */
export function expandNumbers(column: NumberColumn | undefined, count: number): unknown[] {
  const out = new Array<unknown>(count).fill(undefined);
  if (!column) return out;
  for (let i = 0; i < count; i++) {
    const value = column[i]!;
    if (value === value) out[i] = value;
  }
  return out;
}

export function expandText(column: TextColumn | undefined, count: number): unknown[] {
  if (!column) return new Array<unknown>(count).fill(undefined);
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
