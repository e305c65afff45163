export * from './enums.js';
export * from './values.js';
export * from './columns.js';
export * from './network-rules.js';
export * from './csv.js';
export * from './metrics.js';
export * from './access.js';
export * from './i18n.js';
