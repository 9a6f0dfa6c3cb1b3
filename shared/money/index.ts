export * from './types';
export * from './parse';
export {
  formatWon,
  formatWonWithUnit,
  formatPercent,
  convertWon,
  formatCompact,
  formatCompactEnglish,
  type FormatWonOptions,
  type NegativeStyle,
} from './format';
export { MONEY_UNIT_LIST } from './unit-list';
export { normalizeNumericText } from './normalize';
