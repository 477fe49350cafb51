import fs from 'node:fs';
import { targetPaths } from '@backstage/cli-common';

/** The repository's own example catalog. */
export const examplesDir = targetPaths.resolveRoot('examples');

/** An example persona pack of the repository. */
export const anthosExample = targetPaths.resolveRoot(
  'examples/personas/anthos.yaml',
);

/** The 1-based line of the first line of `text` that equals `line`. */
export function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  if (index < 0) throw new Error(`no line ${JSON.stringify(line)}`);
  return index + 1;
}

/**
 * A broken copy of examples/personas/anthos.yaml: in its first persona a
 * holder is a number, its second persona has no `spec.type`, its third
 * persona has a duplicate key. Returns the text and the lines of the three
 * problems in it.
 */
export function brokenAnthos() {
  const original = fs.readFileSync(anthosExample, 'utf8');
  const replace = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };
  let text = replace(
    original,
    '    - group:default/application-teams\n',
    '    - 42\n',
  );
  text = replace(text, '  type: operator\n', '');
  text = replace(
    text,
    '  name: anthos-platform-team\n',
    '  name: anthos-platform-team\n  name: duplicate\n',
  );
  const secondPersona = lineOf(text, '  name: anthos-application-operator');
  return {
    text,
    holderLine: lineOf(text, '    - 42'),
    // the missing field is reported at the `spec:` key of its persona
    specLine:
      text
        .split('\n')
        .findIndex(
          (line, index) => index >= secondPersona && line === 'spec:',
        ) + 1,
    duplicateLine: lineOf(text, '  name: duplicate'),
  };
}
