import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * The install steps of a README, read from its annotated code blocks.
 *
 * An annotation is an HTML comment (invisible on GitHub and npm) right before
 * a fenced code block:
 *
 *     <!-- adopter-step: run -->
 *     <!-- adopter-step: insert file=packages/backend/src/index.ts after="backend.add(import('@backstage/plugin-catalog-backend'));" -->
 *     <!-- adopter-step: insert file=packages/app/src/App.tsx at=imports frontend=legacy -->
 *     <!-- adopter-step: merge file=app-config.yaml frontend=new -->
 *
 * - `run`: the block is a shell script, run in the portal root.
 * - `insert`: the block's new lines go into `file` right after the line that
 *   holds the `after` text, right before the line that holds the `before`
 *   text, or after the last import (`at=imports`); the search for the anchor
 *   starts where the `in` text first appears. In the block, lines up to the
 *   one that holds the `in` or `after` text, and lines from the one that
 *   holds the `before` text on, are context shown to the reader (already in
 *   the file); so are a first line `// <file>`, and every line up to a
 *   placeholder line `// ...` or `{/* ... *\/}` (your existing code). When the
 *   anchor text does not end its line (`features: [catalogPlugin]`), the new
 *   lines go right after the anchor text.
 * - `merge`: the block is YAML merged into `file`: mappings merged key by
 *   key, lists appended to.
 * - `frontend=new|legacy` restricts a step to portals of one frontend system.
 */
export type ReadmeStep = {
  readme: string;
  /** 1-based line of the annotation */
  line: number;
  action: 'run' | 'insert' | 'merge';
  attrs: Record<string, string>;
  code: string;
};

export class ReadmeStepError extends Error {}

const ANNOTATION = /^<!--\s*adopter-step:\s*(\w+)(.*?)\s*-->\s*$/;
const ATTR = /([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+))/g;

export function parseReadmeSteps(readme: string, text: string): ReadmeStep[] {
  const lines = text.split('\n');
  const steps: ReadmeStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ANNOTATION.exec(lines[i].trim());
    if (!match) {
      if (lines[i].includes('adopter-step')) {
        throw new ReadmeStepError(
          `${readme}:${i + 1}: malformed adopter-step annotation: ${lines[i]}`,
        );
      }
      continue;
    }
    const [, action, rest] = match;
    if (!['run', 'insert', 'merge'].includes(action)) {
      throw new ReadmeStepError(
        `${readme}:${i + 1}: unknown adopter-step action "${action}"`,
      );
    }
    const attrs: Record<string, string> = {};
    for (const m of rest.matchAll(ATTR)) {
      attrs[m[1]] = (m[2]?.replace(/\\(.)/g, '$1') ?? m[3] ?? m[4])!;
    }
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    const fence = /^(\s*)(```+|~~~+)/.exec(lines[j] ?? '');
    if (!fence) {
      throw new ReadmeStepError(
        `${readme}:${
          i + 1
        }: adopter-step annotation not followed by a code block`,
      );
    }
    const body: string[] = [];
    let k = j + 1;
    for (; k < lines.length; k++) {
      if (lines[k].trim().startsWith(fence[2])) break;
      body.push(lines[k].slice(fence[1].length));
    }
    if (k === lines.length) {
      throw new ReadmeStepError(`${readme}:${j + 1}: code block never closed`);
    }
    if ((action === 'insert' || action === 'merge') && !attrs.file) {
      throw new ReadmeStepError(`${readme}:${i + 1}: ${action} needs file=`);
    }
    if (
      action === 'insert' &&
      [attrs.after, attrs.before, attrs.at].filter(Boolean).length !== 1
    ) {
      throw new ReadmeStepError(
        `${readme}:${
          i + 1
        }: insert needs exactly one of after=, before=, at=imports`,
      );
    }
    steps.push({
      readme,
      line: i + 1,
      action: action as ReadmeStep['action'],
      attrs,
      code: body.join('\n'),
    });
    i = k;
  }
  return steps;
}

export function appliesTo(step: ReadmeStep, frontend: 'new' | 'legacy') {
  return !step.attrs.frontend || step.attrs.frontend === frontend;
}

function where(step: ReadmeStep) {
  return `${step.readme}:${step.line}`;
}

/** The lines of an insert block that are new, without the context lines. */
export function newLinesOf(step: ReadmeStep): string[] {
  let lines = step.code.split('\n');
  const { file, after, before } = step.attrs;
  if (lines[0]?.trim().startsWith('//') && lines[0].includes(file)) {
    lines = lines.slice(1);
  }
  const isPlaceholder = (l: string) =>
    /^\s*(\/\/ \.\.\.|\{\/\* \.\.\. \*\/\})\s*$/.test(l);
  if (before) {
    const idx = lines.findIndex(l => l.includes(before));
    if (idx >= 0) lines = lines.slice(0, idx);
  }
  let top = -1;
  lines.forEach((l, i) => {
    if (
      isPlaceholder(l) ||
      (step.attrs.in && l.includes(step.attrs.in)) ||
      (after && l.includes(after))
    ) {
      top = i;
    }
  });
  lines = lines.slice(top + 1);
  if (lines.every(l => l.trim() === '')) {
    throw new ReadmeStepError(`${where(step)}: the block adds nothing`);
  }
  return lines;
}

/** Where the imports of a TypeScript file end (index after the last one). */
function endOfImports(text: string): number {
  const re = /^import[\s\S]*?from\s+['"][^'"]+['"];?[ \t]*$/gm;
  let end = -1;
  for (const m of text.matchAll(re)) {
    end = m.index! + m[0].length;
  }
  return end;
}

/** The lines, re-indented so that the least indented one gets `indent`. */
function reindent(lines: string[], indent: number): string {
  const nonEmpty = lines.filter(l => l.trim() !== '');
  const min = Math.min(...nonEmpty.map(l => /^ */.exec(l)![0].length));
  return lines
    .map(l => (l.trim() === '' ? '' : ' '.repeat(indent) + l.slice(min)))
    .join('\n');
}

/** The indentation of the first non-empty line from `index` on (or back). */
function indentNear(text: string, index: number, direction: 1 | -1): number {
  const lines = text.split('\n');
  const start = text.slice(0, index).split('\n').length - 1;
  for (let i = start; i >= 0 && i < lines.length; i += direction) {
    if (lines[i].trim() !== '') return /^ */.exec(lines[i])![0].length;
  }
  return 0;
}

function insertInto(text: string, step: ReadmeStep): string {
  const lines = newLinesOf(step);
  let added = lines.join('\n');
  const { after, before, at } = step.attrs;
  if (at === 'imports') {
    const end = endOfImports(text);
    if (end < 0) {
      throw new ReadmeStepError(
        `${where(step)}: no import statement in ${step.attrs.file}`,
      );
    }
    return `${text.slice(0, end)}\n${added}${text.slice(end)}`;
  }
  if (at) {
    throw new ReadmeStepError(`${where(step)}: unknown at=${at}`);
  }
  let from = 0;
  if (step.attrs.in) {
    from = text.indexOf(step.attrs.in);
    if (from < 0) {
      throw new ReadmeStepError(
        `${where(step)}: in="${step.attrs.in}" not found in ${step.attrs.file}`,
      );
    }
  }
  const anchor = (after ?? before)!;
  const pos = text.indexOf(anchor, from);
  if (pos < 0) {
    throw new ReadmeStepError(
      `${where(step)}: anchor "${anchor}" not found in ${step.attrs.file}${
        step.attrs.in ? ` after "${step.attrs.in}"` : ''
      }`,
    );
  }
  if (before) {
    const lineStart = text.lastIndexOf('\n', pos) + 1;
    added = reindent(lines, indentNear(text, lineStart - 1, -1));
    return `${text.slice(0, lineStart)}${added}\n${text.slice(lineStart)}`;
  }
  const anchorEnd = pos + anchor.length;
  const lineEnd = text.indexOf('\n', anchorEnd);
  const restOfLine = text.slice(anchorEnd, lineEnd < 0 ? undefined : lineEnd);
  if (restOfLine.trim() === '') {
    const at2 = lineEnd < 0 ? text.length : lineEnd;
    added = reindent(lines, indentNear(text, at2 + 1, 1));
    return `${text.slice(0, at2)}\n${added}${text.slice(at2)}`;
  }
  return `${text.slice(0, anchorEnd)}\n${added}\n${text.slice(anchorEnd)}`;
}

/**
 * Merges `addition` into the YAML document at `at`: mappings key by key,
 * lists appended to; the document keeps its comments and layout.
 */
function mergeYaml(doc: YAML.Document, at: unknown[], addition: unknown) {
  const existing = at.length ? doc.getIn(at) : doc.contents;
  if (Array.isArray(addition) && YAML.isSeq(existing)) {
    addition.forEach(item => existing.add(doc.createNode(item)));
  } else if (
    addition &&
    typeof addition === 'object' &&
    !Array.isArray(addition) &&
    YAML.isMap(existing)
  ) {
    for (const [key, value] of Object.entries(addition)) {
      mergeYaml(doc, [...at, key], value);
    }
  } else if (at.length === 0) {
    doc.contents = doc.createNode(addition) as any;
  } else {
    doc.setIn(at, doc.createNode(addition));
  }
}

/**
 * Applies one file step (insert or merge) to the portal; `run` steps are run
 * by the caller. Fails loudly when the anchor is not there.
 */
export function applyFileStep(
  step: ReadmeStep,
  portalDir: string,
  substitutions: Record<string, string> = {},
) {
  const file = path.join(portalDir, step.attrs.file);
  if (!fs.existsSync(file)) {
    throw new ReadmeStepError(
      `${where(step)}: ${step.attrs.file} does not exist in the portal`,
    );
  }
  let code = step.code;
  for (const [from, to] of Object.entries(substitutions)) {
    code = code.split(from).join(to);
  }
  const s = { ...step, code };
  const text = fs.readFileSync(file, 'utf8');
  if (step.action === 'insert') {
    fs.writeFileSync(file, insertInto(text, s));
  } else if (step.action === 'merge') {
    let addition: unknown;
    try {
      addition = YAML.parse(code);
    } catch (e) {
      throw new ReadmeStepError(`${where(step)}: the block is not YAML: ${e}`);
    }
    const doc = YAML.parseDocument(text);
    if (doc.errors.length) {
      throw new ReadmeStepError(
        `${where(step)}: ${step.attrs.file} is not YAML: ${doc.errors[0]}`,
      );
    }
    mergeYaml(doc, [], addition);
    fs.writeFileSync(file, doc.toString());
  } else {
    throw new ReadmeStepError(`${where(step)}: not a file step`);
  }
}

export function readReadmeSteps(readmePath: string, displayName: string) {
  return parseReadmeSteps(displayName, fs.readFileSync(readmePath, 'utf8'));
}
