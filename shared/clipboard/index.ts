export * from './tsv';
