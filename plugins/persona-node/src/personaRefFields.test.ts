import {
  getPersonaRefs,
  isPersonaEntity,
  PERSONA_MODES,
} from '@platform-personas/backstage-plugin-persona-common';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkPersonaRefs, listPersonaRefFields } from './personaRefFields';
import { validatePersonaText } from './validatePersonaText';

describe('listPersonaRefFields', () => {
  it('lists exactly the refs that getPersonaRefs gives, for every example persona', () => {
    const dir = path.resolve(__dirname, '../../../examples/personas');
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const fields = listPersonaRefFields(text, new Set());
      parseAllDocuments(text).forEach((doc, document) => {
        const entity = doc.toJS();
        if (!isPersonaEntity(entity)) return;
        const refs = getPersonaRefs(entity);
        const expected = [
          refs.owner,
          ...refs.holders,
          ...PERSONA_MODES.flatMap(mode => refs.modes[mode].refs),
        ];
        const listed = fields.filter(f => f.document === document);
        expect(new Set(listed.map(f => f.ref))).toEqual(new Set(expected));
        for (const field of listed) {
          // the key of the owner, the item itself in a list
          const raw = field.path
            .split('/')
            .slice(1)
            .reduce((value: any, key) => value[key], entity);
          const written = field.path === '/spec/owner' ? 'owner:' : raw;
          const at = text.split('\n')[field.line! - 1].slice(field.column! - 1);
          expect(at.startsWith(written)).toBe(true);
        }
      });
    }
  });

  it('applies the defaults of each field and points at it, in YAML and JSON', () => {
    const yaml = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata: { name: p, namespace: tools }
spec:
  type: builder
  owner: platform-team
  holders: [user:jane, other/team]
  responsibilities: [{ id: a, title: A }]
  consumes:
    - filter: { kind: API }
    - helm
`;
    expect(listPersonaRefFields(yaml, new Set())).toEqual([
      {
        document: 0,
        path: '/spec/owner',
        ref: 'group:tools/platform-team',
        line: 6,
        column: 3,
      },
      {
        document: 0,
        path: '/spec/holders/0',
        ref: 'user:tools/jane',
        line: 7,
        column: 13,
      },
      {
        document: 0,
        path: '/spec/holders/1',
        ref: 'group:other/team',
        line: 7,
        column: 24,
      },
      {
        document: 0,
        path: '/spec/consumes/1',
        ref: 'component:tools/helm',
        line: 11,
        column: 7,
      },
    ]);
    const json = JSON.stringify(
      {
        apiVersion: 'platform-personas.io/v1alpha1',
        kind: 'Persona',
        metadata: { name: 'p' },
        spec: { type: 't', owner: 'team', responsibilities: [] },
      },
      null,
      2,
    );
    expect(listPersonaRefFields(json, new Set())).toEqual([
      {
        document: 0,
        path: '/spec/owner',
        ref: 'group:default/team',
        line: 9,
        column: 5,
      },
    ]);
    // documents that did not validate are left out
    expect(listPersonaRefFields(json, new Set([0]))).toEqual([]);
  });
});

describe('checkPersonaRefs', () => {
  const text = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata: { name: p }
spec:
  type: builder
  owner: platform-team
  holders:
    - group:default/no-such-team
    - user:jane.doe
  responsibilities: [{ id: a, title: A }]
  builds: [connector-slack, { filter: { kind: Component } }]
---
apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata: { name: broken }
spec:
  owner: group:default/no-such-team
  responsibilities: [{ id: a, title: A }]
`;

  it('warns, at its line, about each ref the lookup does not know, and only asks about valid personas', async () => {
    const lookup = jest.fn(async (refs: string[]) =>
      refs.filter(ref => ref === 'group:default/no-such-team'),
    );
    const validation = validatePersonaText(text);
    const checked = await checkPersonaRefs(text, validation, lookup);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0][0]).toEqual([
      'component:default/connector-slack',
      'group:default/no-such-team',
      'group:default/platform-team',
      'user:default/jane.doe',
    ]);
    expect(checked.problems).toEqual([
      {
        document: 0,
        path: '/spec/holders/0',
        message:
          'names group:default/no-such-team, which is unknown: the catalog holds no such entity (or none you may see). The catalog accepts the Persona, but this ref leads nowhere until the entity exists',
        severity: 'warning',
        line: 8,
        column: 7,
      },
      {
        document: 1,
        path: '/spec/type',
        message: 'is required',
        severity: 'error',
        line: 16,
        column: 1,
      },
    ]);
    expect(checked.documents).toBe(2);
    expect(checked.personas).toBe(2);
  });

  it('does not ask when no valid persona names a ref', async () => {
    const lookup = jest.fn(async () => []);
    const broken = text.split('---\n')[1];
    const validation = validatePersonaText(broken);
    expect(await checkPersonaRefs(broken, validation, lookup)).toBe(validation);
    expect(lookup).not.toHaveBeenCalled();
  });
});
