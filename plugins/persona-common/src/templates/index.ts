export * from './personaTemplates';
