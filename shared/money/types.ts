/** Units a council document writes money in, and how many won each is. */
export const MONEY_UNITS = {
  원: 1,
  천원: 1_000,
  백만원: 1_000_000,
  억원: 100_000_000,
  십억원: 1_000_000_000,
  조원: 1_000_000_000_000,
} as const;
export type MoneyUnit = keyof typeof MONEY_UNITS;

/** What a table's `(단위: …)` line says its numbers are. */
export type TableUnit =
  { kind: 'money'; unit: MoneyUnit } | { kind: 'count'; label: string } | { kind: 'unknown' };

/** A value read from a cell or a piece of prose. */
export type ParsedValue =
  | {
      kind: 'money';
      won: number;
      unit: MoneyUnit;
      approximate?: true;
      text: string;
      /** digits printed after the decimal point in `unit` (296.6억원 → 1), when there were any */
      decimals?: number;
    }
  | { kind: 'range'; min: number; max: number; unit: MoneyUnit; approximate?: true; text: string }
  | { kind: 'percent'; value: number; decimals: number; text: string }
  | { kind: 'number'; value: number; decimals: number; text: string }
  | { kind: 'nothing'; text: string };
