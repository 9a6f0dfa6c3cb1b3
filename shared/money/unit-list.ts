import { MONEY_UNITS, type MoneyUnit } from './types';

/** Every MoneyUnit, smallest first (for unit pickers). */
export const MONEY_UNIT_LIST = Object.keys(MONEY_UNITS) as MoneyUnit[];
