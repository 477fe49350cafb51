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
    const dir = path.resolve(__dirname, '../../../../examples/personas');
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
    expect(
      validatePersonaText('kind: Persona\nspec: [unclosed').problems[0],
    ).toMatchObject({
      document: 0,
      path: '<root>',
      line: 2,
    });
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
});
