import { z } from 'zod';
import { formatCompact, formatPercent } from '../money';
import type { LocalizedText } from '../model/localized-text';

/** User rules from 설정 that highlight rows. Rates in percent; amounts in integer won. */
export const FlagRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('execution-below'),
    enabled: z.boolean(),
    percent: z.number().min(0).max(1000),
    /** 'MM-DD' in the line's fiscal year: the rule applies to figures as of this date or later */
    byDate: z
      .string()
      .regex(/^\d{2}-\d{2}$/)
      .optional(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('change-above'),
    enabled: z.boolean(),
    percent: z.number().min(0),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('lapse-above'),
    enabled: z.boolean(),
    won: z.number().int().min(0),
  }),
]);
export type FlagRule = z.infer<typeof FlagRuleSchema>;
export type FlagRuleKind = FlagRule['kind'];

/** The setting key the rules are stored under. */
export const FLAG_RULES_SETTING = 'review.flagRules';

export const DEFAULT_FLAG_RULES: readonly FlagRule[] = [
  { id: 'execution', kind: 'execution-below', enabled: true, percent: 50, byDate: '09-30' },
  { id: 'change', kind: 'change-above', enabled: true, percent: 30 },
  { id: 'lapse', kind: 'lapse-above', enabled: true, won: 100_000_000 },
];

/** Stored rules as they are, or the defaults when the stored value is missing or unreadable. */
export function readFlagRules(stored: unknown): FlagRule[] {
  const parsed = z.array(FlagRuleSchema).safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_FLAG_RULES.map((rule) => ({ ...rule }));
}

/** What a rule looks at for one row; absent figures never trigger a rule. */
export interface RowMetrics {
  fiscalYear?: number;
  /** the date the figures are as of, e.g. the report's date; any 'YYYY…MM…DD' text */
  asOf?: string;
  executionRate?: number;
  changeRate?: number;
  projectedLapse?: number;
}

export interface FlagHit {
  ruleId: string;
  kind: FlagRuleKind;
  message: LocalizedText;
}

/** 'YYYY-MM-DD' from '2020. 10. 31.', '2020-10-31', '2020.10.31' …; undefined when not a date. */
export function isoDate(text: string | undefined): string | undefined {
  const match = text?.match(/(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function dueByThen(rule: { byDate?: string }, metrics: RowMetrics): boolean {
  if (!rule.byDate || metrics.fiscalYear === undefined) return true;
  const asOf = isoDate(metrics.asOf);
  if (!asOf) return true;
  return asOf >= `${metrics.fiscalYear}-${rule.byDate}`;
}

function monthDay(byDate: string): string {
  const [month = '', day = ''] = byDate.split('-');
  return `${Number(month)}월 ${Number(day)}일`;
}

/** The rules a row breaks, each with a message in both languages. */
export function evaluateFlagRules(metrics: RowMetrics, rules: readonly FlagRule[]): FlagHit[] {
  const hits: FlagHit[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (rule.kind === 'execution-below') {
      const rate = metrics.executionRate;
      if (rate === undefined || rate >= rule.percent || !dueByThen(rule, metrics)) continue;
      // 49.96% prints as 50.0%, which would not read as "below 50%": show it to two decimals then
      const decimals = Number(rate.toFixed(1)) >= rule.percent ? 2 : 1;
      const rateText = formatPercent(rate, decimals, 'minus');
      const by = rule.byDate ? `${monthDay(rule.byDate)}까지 ` : '';
      const byEn = rule.byDate ? ` by ${rule.byDate}` : '';
      hits.push({
        ruleId: rule.id,
        kind: rule.kind,
        message: {
          ko: `집행률 ${rateText}: ${by}기준 ${rule.percent}% 미만`,
          en: `Execution rate ${rateText} is below ${rule.percent}%${byEn}`,
        },
      });
    } else if (rule.kind === 'change-above') {
      const rate = metrics.changeRate;
      if (rate === undefined || Math.abs(rate) <= rule.percent) continue;
      hits.push({
        ruleId: rule.id,
        kind: rule.kind,
        message: {
          ko: `증감률 ${formatPercent(rate, 1, 'minus')}: 기준 ±${rule.percent}% 초과`,
          en: `Change ${formatPercent(rate, 1, 'minus')} exceeds ±${rule.percent}%`,
        },
      });
    } else {
      const lapse = metrics.projectedLapse;
      if (lapse === undefined || lapse <= rule.won) continue;
      hits.push({
        ruleId: rule.id,
        kind: rule.kind,
        message: {
          ko: `예상 불용액 ${formatCompact(lapse)}: 기준 ${formatCompact(rule.won)} 초과`,
          en: `Projected lapse ${formatCompact(lapse)} exceeds ${formatCompact(rule.won)}`,
        },
      });
    }
  }
  return hits;
}
