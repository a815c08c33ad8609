/** The content model: every schema and type, for content.config.ts, the validator and the tests. */
export * from './locales';
export * from './vocabularies';
export * from './common';
export * from './services';
export * from './countries';
export * from './statements';
export * from './cases';
export * from './pathways';
export * from './guides';
export * from './monitoring';
export * from './events';
