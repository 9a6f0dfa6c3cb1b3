import type { CorrectedRole, TableReading } from '@shared/import';
import type { MoneyUnit } from '@shared/money';
import type { LocalizedText } from '@shared/model/localized-text';
import type { MessageKey } from '@i18n/messages';
import { msg } from '@i18n/text';

/** The roles a table's column may be given, in the order the preview lists them. */
export const TABLE_ROLES: readonly CorrectedRole[] = [
  'label',
  'budget',
  'previousBudget',
  'originalBudget',
  'supplementary',
  'currentBudget',
  'carriedOver',
  'change',
  'changeRate',
  'obligated',
  'obligationRate',
  'spent',
  'executionRate',
  'projectedSpend',
  'projectedRate',
  'projectedLapse',
  'collected',
  'collectionRate',
  'total',
  'funding:national',
  'funding:city',
  'funding:province',
  'funding:district',
  'funding:fund',
  'funding:specialGrant',
  'funding:other',
  'account:general',
  'account:special',
  'account:fund',
  'totalCost',
  'otherYear',
  'authorized',
  'current',
  'surplus',
  'count',
  'text',
  'other',
  'ignore',
];

/** every role has a `role.…` entry in the catalogue (checked by the unit test on roles) */
export function roleName(role: CorrectedRole): LocalizedText {
  return msg(`role.${role}` as Extract<MessageKey, 'role.label'>);
}

/** The units a clerk chooses among (a table's or a sheet's). */
export const MONEY_UNITS: readonly MoneyUnit[] = ['원', '천원', '백만원', '억원'];

export const KIND_NAME: Record<TableReading['kind'], LocalizedText> = {
  money: msg('reading.kindMoney'),
  count: msg('reading.kindCount'),
  personnel: msg('reading.kindPersonnel'),
  unknown: msg('reading.kindUnknown'),
};
