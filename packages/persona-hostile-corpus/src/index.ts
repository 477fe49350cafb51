/**
 * Malformed and hostile Persona documents for the hostile suites of the
 * Persona packages: a fixed corpus and fast-check arbitraries.
 *
 * @packageDocumentation
 */

export * from './corpus';
export * from './arbitraries';
export * from './valid';
export * from './support';
export * from './catalogReader';
export * from './feedCorpus';
