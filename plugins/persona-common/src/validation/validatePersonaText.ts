import Ajv, { ErrorObject } from 'ajv';
import {
  isMap,
  isScalar,
  LineCounter,
  parseAllDocuments,
  Document,
} from 'yaml';
import schema from '../../schema/Persona.v1alpha1.schema.json';
import {
  findDuplicateResponsibilityIds,
  PersonaEntityV1alpha1,
} from '../PersonaEntityV1alpha1';

/**
 * One problem of a Persona document: which document of the text (from 0),
 * the JSON path of the field, what is wrong, and where (1-based line and
 * column) when the text says.
 *
 * @public
 */
export type PersonaProblem = {
  document: number;
  path: string;
  message: string;
  line?: number;
  column?: number;
};

/**
 * What {@link validatePersonaText} found.
 *
 * @public
 */
export type PersonaTextValidation = {
  documents: number;
  personas: number;
  problems: PersonaProblem[];
};

const validateSchema = new Ajv({
  allErrors: true,
  allowUnionTypes: true,
  strict: false,
}).compile(schema);

/** Expanding more aliases than this is an alias bomb, not a persona. */
const MAX_ALIAS_COUNT = 100;

function describe(error: ErrorObject): { path: string; message: string } {
  const { instancePath, keyword, params, message } = error;
  if (keyword === 'additionalProperties') {
    return {
      path: `${instancePath}/${params.additionalProperty}`,
      message: `is not a known field here (${
        instancePath || '<root>'
      } ${message})`,
    };
  }
  if (keyword === 'enum') {
    return {
      path: instancePath,
      message: `${message}: ${params.allowedValues.join(', ')}`,
    };
  }
  return { path: instancePath || '<root>', message: message ?? keyword };
}

function position(doc: Document, lineCounter: LineCounter, path: string) {
  const segments = path
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  // Point at the field's key, or at the item of a list; a missing field points
  // at the key of its parent.
  for (let depth = segments.length; depth >= 0; depth--) {
    const keys = segments
      .slice(0, depth)
      .map(s => (/^\d+$/.test(s) ? Number(s) : s));
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (depth > 0) {
      const parent =
        depth > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
      const pair = isMap(parent)
        ? parent.items.find(
            item =>
              isScalar(item.key) && item.key.value === keys[keys.length - 1],
          )
        : undefined;
      const keyNode = pair?.key as
        | { range?: [number, number, number] }
        | undefined;
      if (keyNode?.range) return lineCounter.linePos(keyNode.range[0]);
    }
    const range = (
      node as { range?: [number, number, number] } | null | undefined
    )?.range;
    if (range) return lineCounter.linePos(range[0]);
  }
  return undefined;
}

/**
 * Validates every Persona of a YAML (one or more documents) or JSON text and
 * returns every problem, with its document index, JSON path and, where the
 * text has one, its line and column. Documents of other kinds are skipped.
 *
 * @public
 */
export function validatePersonaText(text: string): PersonaTextValidation {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true });
  const problems: PersonaProblem[] = [];
  let personas = 0;

  const byPosition = (a: PersonaProblem, b: PersonaProblem) =>
    a.document - b.document ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0);

  docs.forEach((doc, index) => {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      problems.push({
        document: index,
        path: '<root>',
        message: error.message.split('\n')[0],
        line,
        column: col,
      });
    }
    if (doc.errors.length) return;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({
        document: index,
        path: '<root>',
        message: String((error as Error).message),
      });
      return;
    }
    const kind = (data as { kind?: unknown } | null)?.kind;
    if (
      typeof kind !== 'string' ||
      kind.toLocaleLowerCase('en-US') !== 'persona'
    )
      return;
    personas += 1;
    const found: Array<{ path: string; message: string }> = [];
    if (!validateSchema(data)) {
      found.push(
        ...(validateSchema.errors ?? [])
          .filter(e => e.keyword !== 'if')
          .map(describe),
      );
    } else {
      found.push(
        ...findDuplicateResponsibilityIds(
          data as unknown as PersonaEntityV1alpha1,
        ).map(([path, message]) => ({ path, message })),
      );
    }
    for (const { path, message } of found) {
      const pos = position(doc, lineCounter, path === '<root>' ? '' : path);
      problems.push({
        document: index,
        path,
        message,
        ...(pos ? { line: pos.line, column: pos.col } : {}),
      });
    }
  });
  return {
    documents: docs.length,
    personas,
    problems: problems.sort(byPosition),
  };
}
