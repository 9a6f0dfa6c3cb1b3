export * from './meaning';
export * from './labels';
export * from './sum';
export * from './scope';
export * from './totals';
export * from './across';
export { resolveParents, twinParentKeys, withTwinParents } from './parents';
export { isTotalRowName, tableTotalRows } from './total-row';
