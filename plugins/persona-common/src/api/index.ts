export * from './types';
export * from './views';
export * from './viewKinds';
export * from './search';
export * from './interactions';
export * from './facts';
