import { MAX_NESTING_DEPTH, validatePersonaText } from './validatePersonaText';
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
        path: '/spec/owner',
        message: 'is required',
        severity: 'error',
        line: 21,
        column: 1,
      },
      {
        document: 2,
        path: '/spec/type',
        message: 'must be text, not a number',
        severity: 'error',
        line: 22,
        column: 3,
      },
      {
        document: 2,
        path: '/spec/holders/0',
        message: expect.stringMatching(
          /^must be a User or Group entity ref such as group:default\/platform-team or user:jane.doe/,
        ),
        severity: 'error',
        line: 24,
        column: 7,
      },
      {
        document: 2,
        path: '/spec/interaction',
        message: 'must be one of: direct, indirect',
        severity: 'error',
        line: 25,
        column: 3,
      },
      {
        document: 2,
        path: '/spec/maintainers',
        message:
          'is not a known field here (the fields are type, framework, owner, holders, interaction, channels, tools, responsibilities, builds, enables, consumes)',
        severity: 'error',
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
        severity: 'error',
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
      ['/metadata/title', 'must be text, not a number', 5],
      ['/metadata/tags', 'must be a list, not text', 6],
      ['/metadata/labels/tier', 'must be text, not a number', 7],
      ['/metadata/links/0/url', 'is required', 9],
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
        severity: 'error',
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

  it('words every schema problem without regular expressions, a missing field at its own path', () => {
    const text = valid
      .replace('  type: builder\n', '')
      .replace(
        '  owner: platform-team',
        '  owner: platform-team\n  holders: [team a]\n  consumes: ["component:x:y"]',
      )
      .replace('id: build', 'id: Build Things')
      .replace('name: builder', 'name: -builder-');
    const { problems } = validatePersonaText(text);
    expect(problems.map(p => [p.path, p.line])).toEqual([
      ['/metadata/name', 4],
      ['/spec/type', 5],
      ['/spec/holders/0', 7],
      ['/spec/consumes/0', 8],
      ['/spec/responsibilities/0/id', 10],
    ]);
    expect(problems[1].message).toBe('is required');
    for (const { message } of problems) {
      expect(message).not.toMatch(
        /pattern|\^|\$|\(\?:|must have required property/,
      );
    }
  });

  it('suggests the field meant when a known field is misspelt', () => {
    const [problem] = validatePersonaText(
      valid.replace('  owner:', '  holder: [team]\n  owner:'),
    ).problems;
    expect(problem).toMatchObject({
      path: '/spec/holder',
      message: expect.stringMatching(
        /^is not a known field here - did you mean holders\?/,
      ),
    });
  });

  it('reports nesting too deep as such, the same way every time', () => {
    const deep = (depth: number) =>
      valid.replace(
        '  type: builder',
        `  type: builder\n  x: ${'['.repeat(depth)}${']'.repeat(depth)}`,
      );
    const answers = [2_000, 2_000, 20_000].map(
      depth => validatePersonaText(deep(depth)).problems,
    );
    expect(answers[0]).toEqual([
      {
        document: 0,
        path: '<root>',
        message: `nests lists and maps deeper than ${MAX_NESTING_DEPTH} levels, from here on; a Persona needs only a few`,
        severity: 'error',
        line: 7,
        // the 198th [ : past the maps of the document, of spec and of x
        column: 203,
      },
    ]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // block nesting too, and the documents after it are still checked
    const block = Array.from(
      { length: 3_000 },
      (_, i) => `${' '.repeat(i)}k:`,
    ).join('\n');
    const result = validatePersonaText(
      `${block} 1\n---\n${valid.replace('type: builder', 'type: 42')}`,
    );
    expect(
      result.problems.map(p => [p.document, p.path, p.message.slice(0, 40)]),
    ).toEqual([
      [
        0,
        '<root>',
        `nests lists and maps deeper than ${MAX_NESTING_DEPTH} lev`,
      ],
      [1, '/spec/type', 'must be text, not a number'],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/call stack/);
  });

  it('reports each parser error once', () => {
    const { problems } = validatePersonaText(
      '}}} :: [garbage\n  - - x: : "\n\t%%% @',
    );
    const keys = problems.map(p => `${p.line}:${p.column} ${p.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(problems[0]).toMatchObject({
      line: 1,
      column: 1,
      message:
        'Unexpected flow-map-end token in YAML document: "}" (3 times on this line)',
    });
    expect(problems.every(p => p.severity === 'error')).toBe(true);
  });
});
