import { lineKey } from '../../model/line-key';

/**
 * Hands out line keys, unique within one report: the second line that would get the same key gets
 * `#2`, the third `#3`, in document order (so re-importing the same text gives the same keys).
 */
export class LineKeys {
  private readonly used = new Map<string, number>();

  next(parts: Parameters<typeof lineKey>[0]): string {
    const base = lineKey(parts);
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    if (count === 1) return base;
    let candidate = `${base}#${count}`;
    while (this.used.has(candidate)) candidate = `${candidate}'`;
    this.used.set(candidate, 1);
    return candidate;
  }
}
