import {
  Composer,
  CST,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  Document,
} from 'yaml';
import {
  PersonaProblem,
  PersonaTextValidation,
  validatePersonaEntityV1alpha1,
} from '@platform-personas/backstage-plugin-persona-common';
import { toJsonPointer } from './toJsonPointer';

/** Expanding more aliases than this is an alias bomb, not a persona. */
const MAX_ALIAS_COUNT = 100;

/**
 * Lists and maps nested deeper than this are refused before they are turned
 * into data: a Persona needs a few levels, and the YAML library and the
 * schema check recurse once per level.
 *
 * @public
 */
export const MAX_NESTING_DEPTH = 200;

type LexedToken = { type: string; offset: number; length: number };

/** The tokens of the YAML lexer with their offsets, as the parser counts them. */
function* lex(text: string): Generator<LexedToken> {
  let offset = 0;
  let scalarSource = false;
  for (const source of new Lexer().lex(text)) {
    if (scalarSource) {
      scalarSource = false;
      yield { type: 'scalar', offset, length: source.length };
      offset += source.length;
      continue;
    }
    const type = CST.tokenType(source) ?? 'error';
    if (type === 'scalar') {
      // a marker: the next token is the scalar's text
      scalarSource = true;
    } else if (type !== 'doc-mode' && type !== 'flow-error-end') {
      yield { type, offset, length: source.length };
      offset += source.length;
    }
  }
}

/** Tokens that are not content: a document does not start with them. */
const NOT_CONTENT = new Set([
  'byte-order-mark',
  'space',
  'newline',
  'comment',
  'directive-line',
  'doc-end',
]);

/**
 * The documents of a text that nest lists and maps deeper than
 * {@link MAX_NESTING_DEPTH}, by index, each with the offset where it goes too
 * deep and the range of its text. A scan of the lexer's tokens, before any
 * parsing, with no recursion: the YAML parser and composer recurse once per
 * level and exhaust the call stack at a depth that changes from call to
 * call. The depth it counts is an upper bound (indentation levels, the
 * indicators of compact collections on the line and the open flow
 * collections), close to the real one for any text people write.
 */
function findTooDeep(text: string) {
  const found = new Map<number, { at: number; from: number; to: number }>();
  let document = -1;
  let inDocument = false;
  let from = 0;
  let indents: number[] = [];
  let lineStart = true;
  let lineDepth = 0;
  let flow = 0;
  let at: number | undefined;
  const close = (to: number) => {
    if (at !== undefined) found.set(document, { at, from, to });
    at = undefined;
    inDocument = false;
    indents = [];
    flow = 0;
  };
  for (const token of lex(text)) {
    const { type, offset } = token;
    if (type === 'doc-start' || type === 'doc-end') {
      close(offset);
      if (type === 'doc-start') {
        document += 1;
        inDocument = true;
        // the marker stays, so that the documents keep their count
        from = offset + token.length;
      }
      lineStart = false;
      continue;
    }
    if (type === 'newline') {
      lineStart = true;
      continue;
    }
    if (NOT_CONTENT.has(type)) continue;
    if (!inDocument) {
      document += 1;
      inDocument = true;
      from = offset;
    }
    if (at !== undefined) continue;
    if (lineStart && flow === 0) {
      const column = offset - (text.lastIndexOf('\n', offset - 1) + 1);
      while (indents.length && indents[indents.length - 1] >= column) {
        indents.pop();
      }
      indents.push(column);
      lineDepth = indents.length;
    }
    lineStart = false;
    if (flow === 0 && /^(seq-item|explicit-key|map-value)-ind$/.test(type)) {
      lineDepth += 1;
    } else if (type === 'flow-map-start' || type === 'flow-seq-start') {
      flow += 1;
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      flow = Math.max(0, flow - 1);
    }
    if (lineDepth + flow > MAX_NESTING_DEPTH) at = offset;
  }
  close(text.length);
  return found;
}

/**
 * Parses every document of a text. A document nested too deep (see
 * `findTooDeep`) is parsed as an empty one, its text blanked out but its
 * lines kept, and reported in `tooDeep` with the offset where it goes too
 * deep: so no document can exhaust the call stack, and the others are
 * checked as usual.
 *
 * @internal
 */
export function parseDocuments(text: string, lineCounter: LineCounter) {
  const found = findTooDeep(text);
  let safe = text;
  for (const { from, to } of found.values()) {
    // spaces for its text and a null (`~`) as its content, so that the
    // document is still there; lines and offsets stay as they were
    const blank = safe.slice(from, to).replace(/[^\n]/g, ' ').split('');
    for (let i = 0; i < blank.length; i++) {
      const before = i === 0 ? safe[from - 1] ?? '\n' : blank[i - 1];
      if (blank[i] === ' ' && (before === ' ' || before === '\n')) {
        blank[i] = '~';
        break;
      }
    }
    safe = `${safe.slice(0, from)}${blank.join('')}${safe.slice(to)}`;
  }
  const tooDeep = new Map([...found].map(([index, { at }]) => [index, at]));
  const parser = new Parser(lineCounter.addNewLine);
  // Duplicate keys are found below in linear time; `logLevel: 'error'` keeps
  // hostile input (keys that are collections) from writing warnings.
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  const docs = Array.from(composer.compose(parser.parse(safe)));
  return { docs, tooDeep };
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
 * The parser errors of a document, each once: the YAML library may report
 * the same error at the same place more than once, and the same mistake
 * repeated along a line (`}}}`) is one mistake, reported at its first column
 * with how many times it occurs.
 */
function parserProblems(
  doc: Document,
  document: number,
  lineCounter: LineCounter,
): PersonaProblem[] {
  const folded = new Map<string, { problem: PersonaProblem; count: number }>();
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const key = `${line}\n${error.message}`;
    const seen = folded.get(key);
    if (seen) {
      if (seen.problem.column !== col) seen.count += 1;
      continue;
    }
    folded.set(key, {
      problem: {
        document,
        path: '<root>',
        message: error.message,
        severity: 'error',
        line,
        column: col,
      },
      count: 1,
    });
  }
  return [...folded.values()].map(({ problem, count }) =>
    count > 1
      ? {
          ...problem,
          message: `${problem.message} (${count} times on this line)`,
        }
      : problem,
  );
}

/**
 * Orders problems by document, line and column.
 *
 * @internal
 */
export function byPosition(a: PersonaProblem, b: PersonaProblem): number {
  return (
    a.document - b.document ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/**
 * Validates every Persona of a YAML (one or more documents) or JSON text and
 * returns every problem, with its document index, JSON path, its severity
 * and, where the text has one, its line and column. Documents of other kinds
 * are skipped. The schema problems are those of the catalog
 * (`validatePersonaEntityV1alpha1` of the common package), in the same
 * words; every problem found here is an `error`.
 *
 * @public
 */
export function validatePersonaText(text: string): PersonaTextValidation {
  const lineCounter = new LineCounter();
  const { docs, tooDeep } = parseDocuments(text, lineCounter);
  const problems: PersonaProblem[] = [];
  let personas = 0;

  docs.forEach((doc, index) => {
    const deepAt = tooDeep.get(index);
    if (deepAt !== undefined) {
      const { line, col } = lineCounter.linePos(deepAt);
      problems.push({
        document: index,
        path: '<root>',
        message: `nests lists and maps deeper than ${MAX_NESTING_DEPTH} levels, from here on; a Persona needs only a few`,
        severity: 'error',
        line,
        column: col,
      });
      return;
    }
    if (doc.errors.length) {
      problems.push(...parserProblems(doc, index, lineCounter));
      return;
    }
    const structural = structureProblems(doc);
    for (const { path, message, offset } of structural) {
      const pos =
        offset === undefined ? undefined : lineCounter.linePos(offset);
      problems.push({
        document: index,
        path,
        message,
        severity: 'error',
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
        severity: 'error',
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
    const found = validatePersonaEntityV1alpha1(data);
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
        severity: 'error',
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
