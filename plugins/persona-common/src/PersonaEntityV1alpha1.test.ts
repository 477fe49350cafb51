import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  isPersonaEntity,
  PersonaEntityV1alpha1,
  personaEntityV1alpha1Validator,
  validatePersonaEntityV1alpha1,
} from './PersonaEntityV1alpha1';

const examplesDir = path.resolve(__dirname, '../../../examples/personas');

function loadExamplePersonas(): PersonaEntityV1alpha1[] {
  return fs
    .readdirSync(examplesDir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(examplesDir, file), 'utf8')),
    )
    .map(doc => doc.toJS());
}

function validPersona(): any {
  return {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'activiti-cloud-developer' },
    spec: {
      type: 'builder',
      framework: 'activiti-cloud',
      owner: 'group:default/activiti-platform',
      holders: [
        'group:default/connectors-team',
        'user:jane.doe',
        'runtime-team',
      ],
      interaction: 'direct',
      channels: ['git', 'maven'],
      tools: ['helm'],
      responsibilities: [{ id: 'build-connectors', title: 'Build connectors' }],
      builds: [
        'component:default/connector-slack',
        'connector-email',
        { filter: { kind: 'Component', 'spec.type': 'cloud-connector' } },
      ],
      enables: [
        {
          filter: { kind: ['Component', 'Resource'] },
          ownedByHolder: true,
        },
      ],
      consumes: [],
    },
  };
}

function withSpec(change: (spec: any) => void): any {
  const persona = validPersona();
  change(persona.spec);
  return persona;
}

describe('personaEntityV1alpha1Validator', () => {
  it('accepts the ten example personas of the three source documents', async () => {
    const personas = loadExamplePersonas();
    expect(personas.map(p => p.metadata.name).sort()).toEqual([
      'activiti-cloud-developer',
      'activiti-cloud-devops',
      'anthos-application-developer',
      'anthos-application-operator',
      'anthos-platform-team',
      'cncf-platform-builder',
      'cncf-platform-consumer',
      'cncf-platform-enabler',
      'cncf-platform-end-user',
      'cncf-service-provider',
    ]);
    for (const persona of personas) {
      await expect(personaEntityV1alpha1Validator.check(persona)).resolves.toBe(
        true,
      );
    }
  });

  it('accepts a persona with only the required fields', async () => {
    const persona = withSpec(spec => {
      for (const key of Object.keys(spec)) {
        if (!['type', 'owner', 'responsibilities'].includes(key)) {
          delete spec[key];
        }
      }
    });
    await expect(personaEntityV1alpha1Validator.check(persona)).resolves.toBe(
      true,
    );
  });

  it('returns false for other kinds and other apiVersions', async () => {
    await expect(
      personaEntityV1alpha1Validator.check({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        spec: { type: 'service', owner: 'me', lifecycle: 'production' },
      }),
    ).resolves.toBe(false);
    await expect(
      personaEntityV1alpha1Validator.check({
        ...validPersona(),
        apiVersion: 'platform-personas.io/v2',
      }),
    ).resolves.toBe(false);
  });

  it.each([
    ['spec', (p: any) => delete p.spec, /^\/spec is required$/],
    ['spec.type', (p: any) => delete p.spec.type, /^\/spec\/type is required$/],
    [
      'spec.owner',
      (p: any) => delete p.spec.owner,
      /^\/spec\/owner is required$/,
    ],
    [
      'spec.responsibilities',
      (p: any) => delete p.spec.responsibilities,
      /^\/spec\/responsibilities is required$/,
    ],
    [
      'spec.responsibilities[0].id',
      (p: any) => delete p.spec.responsibilities[0].id,
      /^\/spec\/responsibilities\/0\/id is required$/,
    ],
    [
      'spec.responsibilities[0].title',
      (p: any) => delete p.spec.responsibilities[0].title,
      /^\/spec\/responsibilities\/0\/title is required$/,
    ],
    [
      'metadata.name',
      (p: any) => delete p.metadata.name,
      /^\/metadata\/name is required$/,
    ],
  ])('rejects a persona without %s', async (_field, remove, message) => {
    const persona = validPersona();
    remove(persona);
    await expect(personaEntityV1alpha1Validator.check(persona)).rejects.toThrow(
      message,
    );
  });

  it.each([
    ['spec.type', { type: 42 }, /^\/spec\/type must be text, not a number$/],
    [
      'spec.owner',
      { owner: ['group:a'] },
      /^\/spec\/owner must be text, not a list$/,
    ],
    [
      'spec.holders',
      { holders: 'group:a' },
      /^\/spec\/holders must be a list, not text$/,
    ],
    [
      'spec.holders item',
      { holders: [7] },
      /^\/spec\/holders\/0 must be text, not a number$/,
    ],
    [
      'spec.channels',
      { channels: [true] },
      /^\/spec\/channels\/0 must be text, not true or false$/,
    ],
    [
      'spec.tools',
      { tools: 'helm' },
      /^\/spec\/tools must be a list, not text$/,
    ],
    [
      'spec.responsibilities',
      { responsibilities: {} },
      /^\/spec\/responsibilities must be a list, not a map of fields$/,
    ],
    [
      'empty spec.responsibilities',
      { responsibilities: [] },
      /^\/spec\/responsibilities must list at least one item$/,
    ],
    [
      'spec.builds',
      { builds: 'component:a' },
      /^\/spec\/builds must be a list, not text$/,
    ],
    [
      'spec.consumes item',
      { consumes: [12] },
      /^\/spec\/consumes\/0 must be a map of fields, not a number$/,
    ],
    [
      'spec.interaction',
      { interaction: 'sometimes' },
      /^\/spec\/interaction must be one of: direct, indirect$/,
    ],
    [
      'unknown spec field',
      { maintainers: ['x'] },
      /^\/spec\/maintainers is not a known field here \(the fields are type, framework, owner, holders, /,
    ],
  ])('rejects a wrong type in %s', async (_field, patch, message) => {
    const persona = withSpec(spec => Object.assign(spec, patch));
    await expect(personaEntityV1alpha1Validator.check(persona)).rejects.toThrow(
      message,
    );
  });

  it.each([
    [
      'an owner of another kind',
      { owner: 'component:default/x' },
      /^\/spec\/owner must be a User or Group entity ref such as group:default\/platform-team or user:jane.doe/,
    ],
    [
      'an owner with a bad namespace',
      { owner: 'group:Bad_NS/x' },
      /^\/spec\/owner must be a User or Group entity ref such as group:default\/platform-team or user:jane.doe/,
    ],
    [
      'a holder of another kind',
      { holders: ['system:default/platform'] },
      /^\/spec\/holders\/0 must be a User or Group entity ref such as group:default\/platform-team or user:jane.doe/,
    ],
    [
      'a holder with spaces',
      { holders: ['group:default/platform team'] },
      /^\/spec\/holders\/0 must be a User or Group entity ref such as group:default\/platform-team or user:jane.doe/,
    ],
    [
      'an empty holder',
      { holders: [''] },
      /^\/spec\/holders\/0 must not be empty \(and 1 more problem\)$/,
    ],
    [
      'a target with two colons',
      { builds: ['component:default:x'] },
      /^\/spec\/builds\/0 must be an entity ref such as component:default\/connector-slack/,
    ],
    [
      'a target with a trailing slash',
      { enables: ['component:default/'] },
      /^\/spec\/enables\/0 must be an entity ref such as component:default\/connector-slack/,
    ],
  ])('rejects a malformed ref: %s', async (_case, patch, message) => {
    const persona = withSpec(spec => Object.assign(spec, patch));
    await expect(personaEntityV1alpha1Validator.check(persona)).rejects.toThrow(
      message,
    );
  });

  it.each([
    [
      'a selector without filter',
      { ownedByHolder: true },
      /^\/spec\/builds\/0\/filter is required$/,
    ],
    [
      'an empty filter',
      { filter: {} },
      /^\/spec\/builds\/0\/filter must name at least one field$/,
    ],
    [
      'a filter that is a string',
      { filter: 'kind=Component' },
      /^\/spec\/builds\/0\/filter must be a map of fields, not text$/,
    ],
    [
      'a filter value that is a number',
      { filter: { 'spec.type': 3 } },
      /^\/spec\/builds\/0\/filter\/spec.type must be text, not a number$/,
    ],
    [
      'an empty list of filter values',
      { filter: { kind: [] } },
      /^\/spec\/builds\/0\/filter\/kind must list at least one item$/,
    ],
    [
      'a filter key with spaces',
      { filter: { 'spec type': 'x' } },
      /^\/spec\/builds\/0\/filter\/spec type is not a field path a filter can use: a dot-path such as kind, spec.type or metadata.tags/,
    ],
    [
      'ownedByHolder as a string',
      { filter: { kind: 'Component' }, ownedByHolder: 'yes' },
      /^\/spec\/builds\/0\/ownedByHolder must be true or false, not text$/,
    ],
    [
      'an unknown selector field',
      { filter: { kind: 'Component' }, owned: true },
      /^\/spec\/builds\/0\/owned is not a known field here \(the fields are filter, ownedByHolder\)$/,
    ],
  ])('rejects a bad selector: %s', async (_case, selector, message) => {
    const persona = withSpec(spec => {
      spec.builds = [selector];
    });
    await expect(personaEntityV1alpha1Validator.check(persona)).rejects.toThrow(
      message,
    );
  });

  it('rejects duplicate responsibility ids, naming both places', async () => {
    const persona = withSpec(spec => {
      spec.responsibilities.push({ id: 'build-connectors', title: 'Again' });
    });
    await expect(personaEntityV1alpha1Validator.check(persona)).rejects.toThrow(
      '/spec/responsibilities/1/id must be unique - "build-connectors" is already used by /spec/responsibilities/0/id',
    );
  });

  describe('prototype keys', () => {
    function withOwnKey(target: object, key: string) {
      Object.defineProperty(target, key, {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }

    it.each([
      [
        'spec',
        (p: any) => p.spec,
        /^\/spec\/__proto__ is not a known field here/,
      ],
      [
        'a responsibility',
        (p: any) => p.spec.responsibilities[0],
        /^\/spec\/responsibilities\/0\/__proto__ is not a known field here \(the fields are id, title, description\)$/,
      ],
      [
        'a selector',
        (p: any) => p.spec.builds[2],
        /^\/spec\/builds\/2\/__proto__ is not a known field here/,
      ],
      [
        'a filter',
        (p: any) => p.spec.builds[2].filter,
        /^\/spec\/builds\/2\/filter\/__proto__ is not a field path a filter can use/,
      ],
    ])('rejects a __proto__ key in %s', async (_place, pick, message) => {
      const persona = validPersona();
      withOwnKey(pick(persona), '__proto__');
      await expect(
        personaEntityV1alpha1Validator.check(persona),
      ).rejects.toThrow(message);
      expect(({} as any).polluted).toBeUndefined();
    });

    it('rejects a __proto__ key parsed from YAML', async () => {
      const [doc] = parseAllDocuments(`
apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata: { name: p }
spec:
  type: builder
  owner: team-a
  responsibilities: [{ id: a, title: A }]
  builds:
    - filter:
        __proto__: { polluted: true }
`);
      await expect(
        personaEntityV1alpha1Validator.check(doc.toJS()),
      ).rejects.toThrow(
        /^\/spec\/builds\/0\/filter\/(__proto__|constructor) is not a field path a filter can use/,
      );
      expect(({} as any).polluted).toBeUndefined();
    });

    it('rejects a constructor key in a filter', async () => {
      const persona = withSpec(spec => {
        spec.builds = [{ filter: { constructor: 'x' } }];
      });
      await expect(
        personaEntityV1alpha1Validator.check(persona),
      ).rejects.toThrow(
        /^\/spec\/builds\/0\/filter\/(__proto__|constructor) is not a field path a filter can use/,
      );
    });
  });
});

describe('validatePersonaEntityV1alpha1', () => {
  it('returns no problem for a valid persona', () => {
    expect(validatePersonaEntityV1alpha1(validPersona())).toEqual([]);
  });

  it('returns every problem in words, never a regular expression', () => {
    const persona = withSpec(spec => {
      delete spec.type;
      spec.holders = ['team a', 'group:x', 'group:x'];
      spec.interaction = 'sometimes';
      spec.holder = [];
      spec.responsibilities.push({ id: 'Build It', title: '' });
    });
    persona.metadata.name = '-bad-';
    const problems = validatePersonaEntityV1alpha1(persona);
    expect(problems).toEqual([
      {
        path: '/metadata/name',
        message:
          'must be a name of letters, digits and - _ . that starts and ends with a letter or digit (such as activiti-cloud-developer)',
      },
      { path: '/spec/type', message: 'is required' },
      {
        path: '/spec/holder',
        message: expect.stringMatching(
          /^is not a known field here - did you mean holders\? \(the fields are type, /,
        ),
      },
      {
        path: '/spec/holders/0',
        message:
          'must be a User or Group entity ref such as group:default/platform-team or user:jane.doe (kind user or group, optional lowercase namespace, a name of letters, digits and - _ .)',
      },
      {
        path: '/spec/holders/2',
        message: 'is listed twice: item 1 is the same',
      },
      {
        path: '/spec/interaction',
        message: 'must be one of: direct, indirect',
      },
      {
        path: '/spec/responsibilities/1/id',
        message:
          'must be lowercase letters and digits, words joined by - _ or . (such as build-connectors)',
      },
      { path: '/spec/responsibilities/1/title', message: 'must not be empty' },
    ]);
  });

  it('leaves the data as it is', () => {
    const persona = withSpec(spec => delete spec.owner);
    const before = JSON.stringify(persona);
    validatePersonaEntityV1alpha1(persona);
    expect(JSON.stringify(persona)).toBe(before);
  });
});

describe('isPersonaEntity', () => {
  it('tells personas from other entities', () => {
    expect(isPersonaEntity(validPersona())).toBe(true);
    expect(isPersonaEntity({ ...validPersona(), kind: 'persona' })).toBe(true);
    expect(
      isPersonaEntity({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'persona' },
      }),
    ).toBe(false);
    expect(
      isPersonaEntity({ ...validPersona(), apiVersion: 'example.com/v1' }),
    ).toBe(false);
  });
});
