/** Reading Korean council figures: table units, cells and inline amounts. */
export { parseTableUnit, declaresUnit } from './table-unit';
export { parseCell } from './cell';
export { parseAmount, findAmounts, type FoundAmount } from './amounts';
