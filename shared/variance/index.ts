export * from './computed';
export * from './rates';
export * from './rounding';
export * from './exact-percent';
export * from './line-variance';
