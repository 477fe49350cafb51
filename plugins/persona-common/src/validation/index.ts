export * from './validatePersonaText';
