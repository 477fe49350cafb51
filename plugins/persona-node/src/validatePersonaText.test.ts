import { validatePersonaText } from './validatePersonaText';
import fs from 'node:fs';
import path from 'node:path';

const valid = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: builder
spec:
  type: builder
  owner: platform-team
  responsibilities:
    - id: build
      title: Build
`;

describe('validatePersonaText', () => {
  it('accepts the example persona packs', () => {
    const dir = path.resolve(__dirname, '../../../examples/personas');
    for (const file of fs.readdirSync(dir)) {
      const result = validatePersonaText(
        fs.readFileSync(path.join(dir, file), 'utf8'),
      );
      expect(result.problems).toEqual([]);
      expect(result.personas).toBeGreaterThan(1);
    }
  });

  it('reports every problem of every document with path, line and column', () => {
    const text = `${valid}---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: skipped }
spec: { type: team, children: [] }
---
apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: broken
spec:
  type: 42
  holders:
    - system:default/not-a-holder
  interaction: sometimes
  responsibilities:
    - id: build
      title: Build
  maintainers: [x]
`;
    const result = validatePersonaText(text);
    expect(result.documents).toBe(3);
    expect(result.personas).toBe(2);
    expect(result.problems).toEqual([
      {
        document: 2,
        path: '/spec',
        message: "must have required property 'owner'",
        line: 21,
        column: 1,
      },
      {
        document: 2,
        path: '/spec/type',
        message: 'must be string',
        line: 22,
        column: 3,
      },
      {
        document: 2,
        path: '/spec/holders/0',
        message: expect.stringMatching(/^must match pattern/),
        line: 24,
        column: 7,
      },
      {
        document: 2,
        path: '/spec/interaction',
        message: 'must be equal to one of the allowed values: direct, indirect',
        line: 25,
        column: 3,
      },
      {
        document: 2,
        path: '/spec/maintainers',
        message:
          'is not a known field here (/spec must NOT have additional properties)',
        line: 29,
        column: 3,
      },
    ]);
  });

  it('reports duplicate responsibility ids and JSON input', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'platform-personas.io/v1alpha1',
        kind: 'Persona',
        metadata: { name: 'p' },
        spec: {
          type: 'builder',
          owner: 'team',
          responsibilities: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'Again' },
          ],
        },
      },
      null,
      2,
    );
    expect(validatePersonaText(json).problems).toEqual([
      {
        document: 0,
        path: '/spec/responsibilities/1/id',
        message:
          'must be unique - "a" is already used by /spec/responsibilities/0/id',
        line: 16,
        column: 9,
      },
    ]);
  });

  it('reports YAML syntax errors, duplicate keys and alias bombs without crashing', () => {
    const syntaxError = validatePersonaText('kind: Persona\nspec: [unclosed')
      .problems[0];
    expect(syntaxError).toMatchObject({ document: 0, path: '<root>', line: 2 });
    // the position is in its own fields, not repeated in the message
    expect(syntaxError.message).not.toMatch(/at line \d+, column \d+/);
    // keys that become the same property are duplicates, whatever their YAML type
    expect(
      validatePersonaText(
        valid.replace(
          'name: builder',
          'name: builder\n  labels: {1: a, "1": b}',
        ),
      ).problems,
    ).toEqual([
      expect.objectContaining({
        path: '/metadata/labels/1',
        message: 'Map keys must be unique',
        line: 5,
      }),
    ]);
    expect(
      validatePersonaText('kind: Persona\nkind: Persona\n').problems[0],
    ).toMatchObject({
      message: expect.stringContaining('unique'),
      line: 2,
    });
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map(
          (c, i) =>
            `${c}: &${c} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`,
        ),
      'kind: Persona',
    ].join('\n');
    expect(validatePersonaText(bomb).problems[0].message).toMatch(/alias/i);
  });

  it('does not pollute prototypes with __proto__ keys', () => {
    const result = validatePersonaText(
      valid.replace(
        '  type: builder',
        '  type: builder\n  __proto__: { polluted: true }',
      ),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ path: '/spec/__proto__', line: 7, column: 3 }),
    ]);
    expect(({} as any).polluted).toBeUndefined();
  });
  it('checks the standard metadata fields with the types every catalog checks', () => {
    const text = valid.replace(
      '  name: builder',
      [
        '  name: builder',
        '  title: 42',
        '  tags: platform',
        '  labels: { tier: 1 }',
        '  links:',
        '    - title: no url',
      ].join('\n'),
    );
    expect(
      validatePersonaText(text).problems.map(p => [p.path, p.message, p.line]),
    ).toEqual([
      ['/metadata/title', 'must be string', 5],
      ['/metadata/tags', 'must be array', 6],
      ['/metadata/labels/tier', 'must be string', 7],
      ['/metadata/links/0', "must have required property 'url'", 9],
    ]);
  });

  it('rejects fields outside apiVersion, kind, metadata, spec, relations and status, and reserved names in metadata', () => {
    const text = `${valid}specs: {}\n`.replace(
      '  name: builder',
      '  name: builder\n  __proto__: { polluted: true }\n  <<: { title: merged }\n  annotations: { constructor: x }',
    );
    expect(
      validatePersonaText(text).problems.map(p => [p.path, p.line]),
    ).toEqual([
      ['/metadata/__proto__', 5],
      ['/metadata/<<', 6],
      ['/metadata/annotations/constructor', 7],
      ['/specs', 14],
    ]);
    expect(validatePersonaText(text).problems[0].message).toMatch(
      /^is a reserved name/,
    );
    expect(({} as any).polluted).toBeUndefined();
  });

  it('names a duplicate key by its path', () => {
    expect(
      validatePersonaText(valid.replace('  owner:', '  type: again\n  owner:'))
        .problems,
    ).toEqual([
      {
        document: 0,
        path: '/spec/type',
        message: 'Map keys must be unique',
        line: 7,
        column: 3,
      },
    ]);
  });

  it('escapes unknown field names in paths as JSON pointers', () => {
    const [problem] = validatePersonaText(
      valid.replace('  type: builder', '  type: builder\n  "a/b~c": 1'),
    ).problems;
    expect(problem).toMatchObject({ path: '/spec/a~1b~0c', line: 7 });
  });

  it('reports duplicate responsibility ids along with the other problems', () => {
    const text = valid
      .replace('  type: builder', '  type: 42')
      .replace(
        '      title: Build',
        '      title: Build\n    - id: build\n      title: Again',
      );
    expect(validatePersonaText(text).problems.map(p => p.path)).toEqual([
      '/spec/type',
      '/spec/responsibilities/1/id',
    ]);
  });

  it('stays linear in the number of keys and problems', () => {
    // 40,000 unknown fields took 40 s: the YAML library's duplicate-key check
    // compared every key with every other, and each problem's position was
    // searched through its map. A hang detector, not a performance target.
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: 1`);
    const text = valid.replace('spec:', `spec:\n${keys.join('\n')}`);
    const started = Date.now();
    const { problems } = validatePersonaText(text);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(problems).toHaveLength(40_000);
    expect(problems[39_999]).toMatchObject({
      path: '/spec/k39999',
      line: 40_005,
    });
  });
});
