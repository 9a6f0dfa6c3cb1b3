import type { CorrectedRole, TableReading } from '@shared/import';
import type { MoneyUnit } from '@shared/money';
import type { LocalizedText } from '@shared/model/localized-text';
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

/** every role's name, in Korean and English */
export const ROLE_NAMES: Record<CorrectedRole, LocalizedText> = {
  label: msg('reading.role.label'),
  budget: msg('reading.role.budget'),
  previousBudget: msg('reading.role.previousBudget'),
  originalBudget: msg('reading.role.originalBudget'),
  supplementary: msg('reading.role.supplementary'),
  currentBudget: msg('reading.role.currentBudget'),
  carriedOver: msg('reading.role.carriedOver'),
  change: msg('reading.role.change'),
  changeRate: msg('reading.role.changeRate'),
  obligated: msg('reading.role.obligated'),
  obligationRate: msg('reading.role.obligationRate'),
  spent: msg('reading.role.spent'),
  executionRate: msg('reading.role.executionRate'),
  projectedSpend: msg('reading.role.projectedSpend'),
  projectedRate: msg('reading.role.projectedRate'),
  projectedLapse: msg('reading.role.projectedLapse'),
  collected: msg('reading.role.collected'),
  collectionRate: msg('reading.role.collectionRate'),
  total: msg('reading.role.total'),
  'funding:national': msg('reading.role.funding:national'),
  'funding:city': msg('reading.role.funding:city'),
  'funding:province': msg('reading.role.funding:province'),
  'funding:district': msg('reading.role.funding:district'),
  'funding:fund': msg('reading.role.funding:fund'),
  'funding:specialGrant': msg('reading.role.funding:specialGrant'),
  'funding:other': msg('reading.role.funding:other'),
  'account:general': msg('reading.role.account:general'),
  'account:special': msg('reading.role.account:special'),
  'account:fund': msg('reading.role.account:fund'),
  totalCost: msg('reading.role.totalCost'),
  otherYear: msg('reading.role.otherYear'),
  authorized: msg('reading.role.authorized'),
  current: msg('reading.role.current'),
  surplus: msg('reading.role.surplus'),
  count: msg('reading.role.count'),
  text: msg('reading.role.text'),
  other: msg('reading.role.other'),
  ignore: msg('reading.role.ignore'),
};

export function roleName(role: CorrectedRole): LocalizedText {
  return ROLE_NAMES[role];
}

/** The units a clerk chooses among (a table's or a sheet's). */
export const MONEY_UNITS: readonly MoneyUnit[] = ['원', '천원', '백만원', '억원', '십억원', '조원'];

export const KIND_NAME: Record<TableReading['kind'], LocalizedText> = {
  money: msg('reading.kindMoney'),
  count: msg('reading.kindCount'),
  personnel: msg('reading.kindPersonnel'),
  unknown: msg('reading.kindUnknown'),
};
