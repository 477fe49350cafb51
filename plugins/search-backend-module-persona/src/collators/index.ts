export { PersonaCollatorFactory } from './PersonaCollatorFactory';
export type { PersonaCollatorFactoryOptions } from './PersonaCollatorFactory';
export type { PersonaDocument } from './PersonaDocument';
