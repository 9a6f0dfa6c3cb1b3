export * from './identity';
export * from './evidence';
export * from './naming';
export * from './pairing';
