export * from './figures';
export * from './tree';
export * from './build';
export * from './flatten';
export * from './sort';
export * from './search';
