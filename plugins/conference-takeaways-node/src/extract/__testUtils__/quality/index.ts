export * from './conference';
export * from './matching';
export * from './normalise';
export * from './sharedInput';
export * from './talks';
export * from './tools';
