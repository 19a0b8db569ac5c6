export * from './constants';
export * from './relations';
export * from './types';
export * from './schemas';
