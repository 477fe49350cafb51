import { Entity } from '@backstage/catalog-model';
import {
  getPersonaRefs,
  isPersonaEntity,
} from '@platform-personas/backstage-plugin-persona-common';

/** What every indexed entity keeps, whatever the selectors ask for. */
const BASE_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.type',
  'spec.lifecycle',
  // what a person reads for a User or Group in a view's titles
  'spec.profile.displayName',
  'relations',
];

/**
 * The catalog field projection of the index: the base fields and the fields
 * the selectors of the personas filter on. Annotation and label keys hold
 * dots themselves, so a selector on one of them fetches the whole map.
 */
export function indexFieldsFor(personas: Entity[]): string[] {
  const fields = new Set(BASE_FIELDS);
  for (const persona of personas.filter(isPersonaEntity)) {
    for (const mode of Object.values(getPersonaRefs(persona).modes)) {
      for (const selector of mode.selectors) {
        for (const key of Object.keys(selector.filter)) {
          const lower = key.toLocaleLowerCase('en-US');
          const map = ['metadata.annotations', 'metadata.labels'].find(prefix =>
            lower.startsWith(`${prefix}.`),
          );
          if (lower.startsWith('relations.')) fields.add('relations');
          else fields.add(map ?? key);
        }
      }
    }
  }
  return [...fields].sort();
}
