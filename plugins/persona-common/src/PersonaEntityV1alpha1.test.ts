import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  isPersonaEntity,
  PersonaEntityV1alpha1,
  personaEntityV1alpha1Validator,
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
    [
      'spec',
      (p: any) => delete p.spec,
      /<root> must have required property 'spec'/,
    ],
    [
      'spec.type',
      (p: any) => delete p.spec.type,
      /\/spec must have required property 'type'/,
    ],
    [
      'spec.owner',
      (p: any) => delete p.spec.owner,
      /\/spec must have required property 'owner'/,
    ],
    [
      'spec.responsibilities',
      (p: any) => delete p.spec.responsibilities,
      /\/spec must have required property 'responsibilities'/,
    ],
    [
      'spec.responsibilities[0].id',
      (p: any) => delete p.spec.responsibilities[0].id,
      /\/spec\/responsibilities\/0 must have required property 'id'/,
    ],
    [
      'spec.responsibilities[0].title',
      (p: any) => delete p.spec.responsibilities[0].title,
      /\/spec\/responsibilities\/0 must have required property 'title'/,
    ],
    [
      'metadata.name',
      (p: any) => delete p.metadata.name,
      /\/metadata must have required property 'name'/,
    ],
  ])('rejects a persona without %s', async (_field, remove, message) => {
    const persona = validPersona();
    remove(persona);
    await expect(personaEntityV1alpha1Validator.check(persona)).rejects.toThrow(
      message,
    );
  });

  it.each([
    ['spec.type', { type: 42 }, /\/spec\/type must be string/],
    ['spec.owner', { owner: ['group:a'] }, /\/spec\/owner must be string/],
    ['spec.holders', { holders: 'group:a' }, /\/spec\/holders must be array/],
    [
      'spec.holders item',
      { holders: [7] },
      /\/spec\/holders\/0 must be string/,
    ],
    [
      'spec.channels',
      { channels: [true] },
      /\/spec\/channels\/0 must be string/,
    ],
    ['spec.tools', { tools: 'helm' }, /\/spec\/tools must be array/],
    [
      'spec.responsibilities',
      { responsibilities: {} },
      /\/spec\/responsibilities must be array/,
    ],
    [
      'empty spec.responsibilities',
      { responsibilities: [] },
      /\/spec\/responsibilities must NOT have fewer than 1 items/,
    ],
    ['spec.builds', { builds: 'component:a' }, /\/spec\/builds must be array/],
    [
      'spec.consumes item',
      { consumes: [12] },
      /\/spec\/consumes\/0 must be object/,
    ],
    [
      'spec.interaction',
      { interaction: 'sometimes' },
      /\/spec\/interaction must be equal to one of the allowed values - allowedValues: direct,indirect/,
    ],
    [
      'unknown spec field',
      { maintainers: ['x'] },
      /\/spec must NOT have additional properties - additionalProperty: maintainers/,
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
      /\/spec\/owner must match pattern/,
    ],
    [
      'an owner with a bad namespace',
      { owner: 'group:Bad_NS/x' },
      /\/spec\/owner must match pattern/,
    ],
    [
      'a holder of another kind',
      { holders: ['system:default/platform'] },
      /\/spec\/holders\/0 must match pattern/,
    ],
    [
      'a holder with spaces',
      { holders: ['group:default/platform team'] },
      /\/spec\/holders\/0 must match pattern/,
    ],
    [
      'an empty holder',
      { holders: [''] },
      /\/spec\/holders\/0 must NOT have fewer than 1 characters/,
    ],
    [
      'a target with two colons',
      { builds: ['component:default:x'] },
      /\/spec\/builds\/0 must match pattern/,
    ],
    [
      'a target with a trailing slash',
      { enables: ['component:default/'] },
      /\/spec\/enables\/0 must match pattern/,
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
      /\/spec\/builds\/0 must have required property 'filter'/,
    ],
    [
      'an empty filter',
      { filter: {} },
      /\/spec\/builds\/0\/filter must NOT have fewer than 1 properties/,
    ],
    [
      'a filter that is a string',
      { filter: 'kind=Component' },
      /\/spec\/builds\/0\/filter must be object/,
    ],
    [
      'a filter value that is a number',
      { filter: { 'spec.type': 3 } },
      /\/spec\/builds\/0\/filter\/spec.type must be string/,
    ],
    [
      'an empty list of filter values',
      { filter: { kind: [] } },
      /\/spec\/builds\/0\/filter\/kind must NOT have fewer than 1 items/,
    ],
    [
      'a filter key with spaces',
      { filter: { 'spec type': 'x' } },
      /\/spec\/builds\/0\/filter must NOT have additional properties - additionalProperty: spec type/,
    ],
    [
      'ownedByHolder as a string',
      { filter: { kind: 'Component' }, ownedByHolder: 'yes' },
      /\/spec\/builds\/0\/ownedByHolder must be boolean/,
    ],
    [
      'an unknown selector field',
      { filter: { kind: 'Component' }, owned: true },
      /\/spec\/builds\/0 must NOT have additional properties - additionalProperty: owned/,
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
        /\/spec must NOT have additional properties - additionalProperty: __proto__/,
      ],
      [
        'a responsibility',
        (p: any) => p.spec.responsibilities[0],
        /\/spec\/responsibilities\/0 must NOT have additional properties - additionalProperty: __proto__/,
      ],
      [
        'a selector',
        (p: any) => p.spec.builds[2],
        /\/spec\/builds\/2 must NOT have additional properties - additionalProperty: __proto__/,
      ],
      [
        'a filter',
        (p: any) => p.spec.builds[2].filter,
        /\/spec\/builds\/2\/filter must NOT have additional properties - additionalProperty: __proto__/,
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
        /\/spec\/builds\/0\/filter must NOT have additional properties - additionalProperty: (__proto__|constructor)/,
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
        /\/spec\/builds\/0\/filter must NOT have additional properties - additionalProperty: (__proto__|constructor)/,
      );
    });
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
