/**
 * A module for the Backstage search backend that indexes Personas: their
 * responsibilities, channels and tools, who holds them, and the platform
 * components they build, enable and consume.
 *
 * @packageDocumentation
 */

export { searchModulePersonaCollator as default } from './module';
export { defaultPersonaCollatorSchedule } from './config';
export * from './collators';
