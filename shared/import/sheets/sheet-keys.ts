import { normalizeName } from '../../model/line-key';

/**
 * Line keys for sheet rows, exactly as `lineKey` makes them (year|department|project, unique with
 * `#2`, `#3` as LineKeys does) but with each department's normalised name worked out once: a sheet
 * repeats a handful of departments over thousands of rows.
 */
export class SheetKeys {
  private readonly normalised = new Map<string, string>();
  private readonly used = new Map<string, number>();

  private normal(name: string): string {
    let known = this.normalised.get(name);
    if (known === undefined) {
      known = normalizeName(name);
      if (this.normalised.size < 100_000) this.normalised.set(name, known);
    }
    return known;
  }

  next(fiscalYear: number, department: string, project: string): string {
    const base = `${fiscalYear}|${this.normal(department)}|${normalizeName(project)}`;
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    if (count === 1) return base;
    let candidate = `${base}#${count}`;
    while (this.used.has(candidate)) candidate = `${candidate}'`;
    this.used.set(candidate, 1);
    return candidate;
  }
}
