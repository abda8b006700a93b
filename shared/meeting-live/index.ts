export * from './ids';
export * from './commands';
export * from './validate';
export * from './live-state';
