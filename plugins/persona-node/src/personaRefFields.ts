import {
  getPersonaRefFields,
  isPersonaEntity,
  PersonaProblem,
  PersonaTextValidation,
} from '@platform-personas/backstage-plugin-persona-common';
import { Document, isMap, isScalar, isSeq, LineCounter } from 'yaml';
import { toJsonPointer } from './toJsonPointer';
import { byPosition, parseDocuments } from './validatePersonaText';

/** As `validatePersonaText` expands aliases. */
const MAX_ALIAS_COUNT = 100;

/**
 * A field of a persona that names another entity: which document of the
 * text it is in (from 0), its JSON pointer, the ref it names in full
 * `kind:namespace/name` form (with the defaults of the field applied), and
 * the 1-based line and column of the field where the text has them.
 *
 * @public
 */
export type PersonaTextRefField = {
  document: number;
  path: string;
  ref: string;
  line?: number;
  column?: number;
};

/**
 * Where a field is written in a parsed YAML (or JSON) document, in the
 * convention of `validatePersonaText`: the key of a field of a mapping, the
 * item itself in a list. Undefined when the text does not say (for example
 * behind an alias).
 */
function fieldPosition(
  doc: Document,
  lineCounter: LineCounter,
  keys: ReadonlyArray<string | number>,
): { line: number; column: number } | undefined {
  if (!keys.length) return undefined;
  const last = keys[keys.length - 1];
  const parentKeys = keys.slice(0, -1);
  const parent = parentKeys.length ? doc.getIn(parentKeys, true) : doc.contents;
  let range: [number, number, number] | null | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find(
      item => isScalar(item.key) && item.key.value === last,
    );
    range = isScalar(pair?.key) ? pair?.key.range : undefined;
  } else if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last] as
      | { range?: [number, number, number] | null }
      | undefined;
    range = item?.range;
  }
  if (!range) return undefined;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

/**
 * Lists the ref fields (owner, holders, and the refs of `builds`, `enables`
 * and `consumes`; selectors name no entity) of the Persona documents of a
 * text, leaving out the documents in `invalid`: only documents that passed
 * validation are read, so that every field has the shape the schema
 * promises.
 *
 * @public
 */
export function listPersonaRefFields(
  text: string,
  invalid: ReadonlySet<number>,
): PersonaTextRefField[] {
  const lineCounter = new LineCounter();
  const { docs, tooDeep } = parseDocuments(text, lineCounter);
  const fields: PersonaTextRefField[] = [];
  docs.forEach((doc, document) => {
    if (invalid.has(document) || tooDeep.has(document) || doc.errors.length)
      return;
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

/**
 * The warning for a ref field that names no entity the catalog holds — or
 * none that the one who asked may see. The catalog accepts such a Persona;
 * the relation leads nowhere until the entity exists.
 *
 * @public
 */
export function unknownRefProblem(field: PersonaTextRefField): PersonaProblem {
  const { document, path, ref, line, column } = field;
  return {
    document,
    path,
    message: `names ${ref}, which is unknown: the catalog holds no such entity (or none you may see). The catalog accepts the Persona, but this ref leads nowhere until the entity exists`,
    severity: 'warning',
    ...(line !== undefined ? { line, column } : {}),
  };
}

/**
 * Which of some entity refs (full `kind:namespace/name` form) name nothing:
 * no entity, or none that the caller may see. Called once per check, with
 * every distinct ref of the text.
 *
 * @public
 */
export type PersonaRefLookup = (refs: string[]) => Promise<Iterable<string>>;

/**
 * Adds to a validation of `text` (the answer of `validatePersonaText`) a
 * warning for every ref of its valid Personas that `findUnknownRefs` does
 * not know, at the field that names it; documents with errors are left out.
 * The problems stay sorted by document and position.
 *
 * @public
 */
export async function checkPersonaRefs(
  text: string,
  validation: PersonaTextValidation,
  findUnknownRefs: PersonaRefLookup,
): Promise<PersonaTextValidation> {
  const invalid = new Set(
    validation.problems
      .filter(problem => problem.severity !== 'warning')
      .map(problem => problem.document),
  );
  const fields = listPersonaRefFields(text, invalid);
  if (!fields.length) return validation;
  const refs = [...new Set(fields.map(field => field.ref))].sort();
  const unknown = new Set(await findUnknownRefs(refs));
  const warnings = fields
    .filter(field => unknown.has(field.ref))
    .map(unknownRefProblem);
  if (!warnings.length) return validation;
  return {
    ...validation,
    problems: [...validation.problems, ...warnings].sort(byPosition),
  };
}
