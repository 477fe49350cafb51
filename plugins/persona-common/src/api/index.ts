export * from './types';
export * from './views';
export * from './viewKinds';
export * from './search';
