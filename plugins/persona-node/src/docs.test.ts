import fs from 'node:fs';
import path from 'node:path';
import { validatePersonaText } from './validatePersonaText';

/**
 * Keeps the authoring guide (shipped by the frontend plugin) true: every YAML block marked
 * `<!-- persona-docs: valid -->` passes the validator, and every block marked
 * `<!-- persona-docs: mistake -->` produces exactly the errors of the `text`
 * block that follows it, one `line:column path message` line each.
 */

const guide = path.resolve(
  __dirname,
  '../../persona/src/components/AuthoringGuide/authoring-personas.md',
);

type Example = {
  kind: 'valid' | 'mistake';
  heading: string;
  yaml: string;
  expected?: string;
};

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const block =
    /<!-- persona-docs: (valid|mistake) -->\s*```yaml\n([\s\S]*?)```(?:\s*```text\n([\s\S]*?)```)?/g;
  for (const match of markdown.matchAll(block)) {
    const before = markdown.slice(0, match.index);
    const heading = [...before.matchAll(/^#+ (.*)$/gm)].pop()?.[1] ?? '';
    found.push({
      kind: match[1] as Example['kind'],
      heading,
      yaml: match[2],
      expected: match[3],
    });
  }
  return found;
}

function report(yaml: string): string {
  return validatePersonaText(yaml)
    .problems.map(p =>
      p.line === undefined
        ? `${p.path} ${p.message}`
        : `${p.line}:${p.column} ${p.path} ${p.message}`,
    )
    .map(line => `${line}\n`)
    .join('');
}

describe('the authoring guide', () => {
  const markdown = fs.readFileSync(guide, 'utf8');
  const all = examples(markdown);

  it('marks every YAML example that is a Persona', () => {
    const personaBlocks = [
      ...markdown.matchAll(/```yaml\n(apiVersion:[\s\S]*?)```/g),
    ];
    expect(all.length).toBe(personaBlocks.length);
    expect(all.filter(e => e.kind === 'valid').length).toBeGreaterThanOrEqual(
      2,
    );
    expect(all.filter(e => e.kind === 'mistake').length).toBeGreaterThanOrEqual(
      10,
    );
  });

  it.each(all.filter(e => e.kind === 'valid').map(e => [e.heading, e]))(
    'the example of "%s" is valid',
    (_heading, example) => {
      const result = validatePersonaText(example.yaml);
      expect(result.personas).toBe(1);
      expect(result.problems).toEqual([]);
    },
  );

  it.each(all.filter(e => e.kind === 'mistake').map(e => [e.heading, e]))(
    'the mistake "%s" produces the errors shown',
    (_heading, example) => {
      expect(example.expected).toBeDefined();
      expect(report(example.yaml)).toBe(example.expected);
    },
  );
});
