import Ajv, { ErrorObject } from 'ajv';
import { toJsonPointer } from './toJsonPointer';
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Document,
} from 'yaml';
import {
  findDuplicateResponsibilityIds,
  PersonaEntityV1alpha1,
  personaEntityV1alpha1Schema,
  PersonaProblem,
  PersonaTextValidation,
} from '@platform-personas/backstage-plugin-persona-common';

const validateSchema = new Ajv({
  allErrors: true,
  allowUnionTypes: true,
  strict: false,
}).compile(personaEntityV1alpha1Schema);

/** Expanding more aliases than this is an alias bomb, not a persona. */
const MAX_ALIAS_COUNT = 100;

function describe(error: ErrorObject): { path: string; message: string } {
  const { instancePath, keyword, params, message } = error;
  if (keyword === 'additionalProperties') {
    return {
      path: `${instancePath}/${toJsonPointer([params.additionalProperty]).slice(
        1,
      )}`,
      message: `is not a known field here (${
        instancePath || '<root>'
      } ${message})`,
    };
  }
  if (keyword === 'false schema') {
    // the schema's only `false` are the reserved names under metadata
    return {
      path: instancePath,
      message:
        'is a reserved name and not allowed here (__proto__, constructor, prototype, or a YAML merge key <<)',
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

/** The JSON pointer segment of a map key, as `toJS` names the property. */
function keySegment(key: unknown): string {
  return toJsonPointer([
    isScalar(key) ? String(key.value ?? '') : String(key ?? ''),
  ]).slice(1);
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

type Visit = {
  pointer: string;
  node: unknown;
  /** the key node, for the value of a map entry */
  key?: unknown;
  parent?: Visit;
};

/**
 * Visits the nodes of a document in document order, without recursion (a
 * hostile document may be deeply nested), with each node's JSON pointer and
 * its ancestors. Aliases are visited, not followed.
 */
function walk(doc: Document, onVisit: (visit: Visit) => void) {
  const stack: Visit[] = [{ pointer: '', node: doc.contents }];
  while (stack.length) {
    const visit = stack.pop()!;
    onVisit(visit);
    const { pointer, node } = visit;
    const children: Visit[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        const child = `${pointer}/${keySegment(pair.key)}`;
        // a key that is a collection is a node too, and may carry an anchor
        if (isNode(pair.key) && !isScalar(pair.key)) {
          children.push({ pointer: child, node: pair.key, parent: visit });
        }
        children.push({
          pointer: child,
          node: pair.value,
          key: pair.key,
          parent: visit,
        });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) =>
        children.push({
          pointer: `${pointer}/${index}`,
          node: item,
          parent: visit,
        }),
      );
    }
    // not push(...children): a list of 500,000 items is too many arguments
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/**
 * What the text says that the data cannot: keys repeated in a map, and
 * aliases inside the node that their anchor is on (a cycle, which no catalog
 * can store). One pass, with a set per map: the YAML library's own
 * `uniqueKeys` check compares every key with every other one, which takes
 * minutes for a map of 100,000 keys.
 */
function structureProblems(doc: Document) {
  const found: Array<{ path: string; message: string; offset?: number }> = [];
  const anchors = new Map<string, unknown>();
  walk(doc, visit => {
    const { pointer, node } = visit;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      for (let up = visit.parent; up; up = up.parent) {
        if (up.node === target) {
          found.push({
            path: pointer,
            message: `is an alias of ${
              up.pointer || 'the document'
            }, which contains it (a cycle)`,
            offset: rangeStart(node),
          });
          break;
        }
      }
      return;
    }
    if (isCollection(node) || isScalar(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
    }
    if (isMap(node)) {
      // Keyed by the property name the data gets: `1` and "1" are one key
      const seen = new Set<string>();
      for (const { key } of node.items) {
        if (!isScalar(key)) continue;
        if (seen.has(keySegment(key))) {
          found.push({
            path: `${pointer}/${keySegment(key)}`,
            message: 'Map keys must be unique',
            offset: rangeStart(key),
          });
        }
        seen.add(keySegment(key));
      }
    }
  });
  return found;
}

/**
 * Where each JSON pointer of a document starts in the text: a map entry at
 * its key, a list item at the item. Built once per document that has
 * problems, so that locating many problems stays linear.
 */
function positionIndex(doc: Document): Map<string, number> {
  const index = new Map<string, number>();
  walk(doc, ({ pointer, node, key }) => {
    const offset = rangeStart(key) ?? rangeStart(node);
    if (offset !== undefined && !index.has(pointer)) {
      index.set(pointer, offset);
    }
  });
  return index;
}

/** The position of a path, or of its nearest ancestor that the text has. */
function position(
  index: Map<string, number>,
  lineCounter: LineCounter,
  path: string,
) {
  const segments = path === '' ? [] : path.split('/').slice(1);
  for (let depth = segments.length; depth >= 0; depth--) {
    const prefix = segments
      .slice(0, depth)
      .map(s => `/${s}`)
      .join('');
    const offset = index.get(prefix);
    if (offset !== undefined) return lineCounter.linePos(offset);
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
  // Duplicate keys are found below in linear time; `logLevel: 'error'` keeps
  // hostile input (keys that are collections) from writing warnings.
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    logLevel: 'error',
    // the position is reported in its own fields, not inside the message
    prettyErrors: false,
  });
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
        message: error.message,
        line,
        column: col,
      });
    }
    if (doc.errors.length) return;
    const structural = structureProblems(doc);
    for (const { path, message, offset } of structural) {
      const pos =
        offset === undefined ? undefined : lineCounter.linePos(offset);
      problems.push({
        document: index,
        path,
        message,
        ...(pos ? { line: pos.line, column: pos.col } : {}),
      });
    }
    if (structural.length) return;
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
    }
    // duplicate ids too, even when other fields are wrong
    const responsibilities = (data as { spec?: { responsibilities?: unknown } })
      .spec?.responsibilities;
    if (Array.isArray(responsibilities)) {
      found.push(
        ...findDuplicateResponsibilityIds(
          data as unknown as PersonaEntityV1alpha1,
        ).map(([path, message]) => ({ path, message })),
      );
    }
    const positions = found.length ? positionIndex(doc) : undefined;
    for (const { path, message } of found) {
      const pos = position(
        positions!,
        lineCounter,
        path === '<root>' ? '' : path,
      );
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
