// The server behaves as production unless NODE_ENV=development (config.ts). Some libraries read
// NODE_ENV themselves, once, when they load: graphql-js, with it unset, runs development checks on
// every value it completes (its instanceOf), about 5% of a large roster's time. Imported first by
// the entry points, so that the one rule holds for them too.
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

export {};
