import 'reflect-metadata';
export * from './enums.js';
export * from './org.types.js';
export * from './network.types.js';
export * from './common.types.js';
export * from './metrics.types.js';
export * from './auth.types.js';
