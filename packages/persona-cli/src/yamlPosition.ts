import { Document, isMap, isScalar, isSeq, LineCounter } from 'yaml';

/** A 1-based line and column. */
export type TextPosition = { line: number; column: number };

/**
 * Where a field is written in a parsed YAML (or JSON) document, in the
 * convention of `validatePersonaText`: the key of a field of a mapping, the
 * item itself in a list. Undefined when the text does not say (for example
 * behind an alias).
 */
export function fieldPosition(
  doc: Document,
  lineCounter: LineCounter,
  keys: ReadonlyArray<string | number>,
): TextPosition | undefined {
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
