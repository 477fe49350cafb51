import {
  getPersonaRefFields,
  isPersonaEntity,
} from '@platform-personas/backstage-plugin-persona-common';
import { toJsonPointer } from '@platform-personas/backstage-plugin-persona-node';
import { LineCounter, parseAllDocuments } from 'yaml';
import { fieldPosition, TextPosition } from './yamlPosition';

/** As `validatePersonaText` expands aliases. */
const MAX_ALIAS_COUNT = 100;

/**
 * A field of a persona that names another entity: where it is and the ref
 * it names in full `kind:namespace/name` form, with the defaults of the
 * field applied by `getPersonaRefFields`.
 */
export type PersonaRefField = {
  document: number;
  path: string;
  ref: string;
} & Partial<TextPosition>;

/**
 * Lists the ref fields (owner, holders, and the refs of `builds`, `enables`
 * and `consumes`; selectors name no entity) of the Persona documents of a
 * text, leaving out the documents in `invalid`: only documents that passed
 * validation are read, so that every field has the shape the schema promises.
 */
export function listPersonaRefFields(
  text: string,
  invalid: ReadonlySet<number>,
): PersonaRefField[] {
  const lineCounter = new LineCounter();
  // duplicate keys are the validator's to find; documents with any are left out
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    logLevel: 'error',
  });
  const fields: PersonaRefField[] = [];
  docs.forEach((doc, document) => {
    if (invalid.has(document) || doc.errors.length) return;
    // only personas are worth turning into objects
    const kind = String(doc.get('kind')).toLocaleLowerCase('en-US');
    if (kind !== 'persona') return;
    const entity = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (!entity || !isPersonaEntity(entity)) return;
    for (const { keys, ref } of getPersonaRefFields(entity)) {
      const position = fieldPosition(doc, lineCounter, keys);
      fields.push({ document, path: toJsonPointer(keys), ref, ...position });
    }
  });
  return fields;
}
