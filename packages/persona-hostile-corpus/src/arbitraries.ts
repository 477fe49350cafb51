import fc from 'fast-check';
import { PersonaLike, toText, validPersonaArbitrary } from './valid';

/** A generated malformed Persona: the entity, its text, and the path it breaks. */
export type MalformedPersona = {
  /** What was done to a valid persona, for failure messages. */
  mutation: string;
  entity: PersonaLike;
  text: string;
  format: 'yaml' | 'json';
  /** At least one problem must have one of these paths. */
  paths: string[];
};

type Mutation = {
  name: string;
  /** Breaks the entity in place and returns the paths that must be reported. */
  apply(entity: PersonaLike): string[];
};

type Json = any;

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Sets a key as an own property, even `__proto__`, as a YAML or JSON parser does. */
function setOwn(target: Json, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The object at a JSON pointer, creating what the mutation needs on the way. */
function at(entity: PersonaLike, pointer: string): Json {
  let node: Json = entity;
  for (const segment of pointer.split('/').slice(1)) {
    const key = Array.isArray(node) ? Number(segment) : segment;
    node[key] ??= {};
    node = node[key];
  }
  return node;
}

function set(entity: PersonaLike, pointer: string, value: unknown) {
  const segments = pointer.split('/');
  const key = segments.pop()!;
  const parent = at(entity, segments.join('/'));
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else setOwn(parent, key, value);
}

const nonString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), {
    maxLength: 3,
  }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), {
    maxKeys: 3,
  }),
);
const nonArray = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 10 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), {
    maxKeys: 3,
  }),
);
const nonObject = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** Strings no ref pattern accepts: a character no ref has, URLs, empty, too long. */
const badRef = fc.oneof(
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        ' ',
        '(',
        '<',
        '"',
        '\n',
        '::',
        '\u0000',
        '?',
        '#',
        '@',
        '*',
        ',',
      ),
      fc.string({ maxLength: 8 }),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom(
    '',
    // eslint-disable-next-line no-script-url -- hostile input, on purpose
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example.com/x',
    'component:',
    ':name',
    'component:default/',
    '1kind:name',
    'component:Default/name',
    `component:default/${'x'.repeat(300)}`,
  ),
);
/** Refs that are fine for a target but not for an owner or holder. */
const nonHolderRef = fc
  .tuple(
    fc.constantFrom(
      'component',
      'system',
      'resource',
      'api',
      'persona',
      'location',
    ),
    fc.stringMatching(/^[a-z0-9]{1,8}$/),
  )
  .map(([kind, name]) => `${kind}:default/${name}`);

const stringFields = [
  '/metadata/name',
  '/spec/type',
  '/spec/owner',
  '/spec/framework',
  '/spec/responsibilities/0/id',
  '/spec/responsibilities/0/title',
  '/spec/responsibilities/0/description',
  '/metadata/title',
  '/metadata/namespace',
];
const arrayFields = [
  '/spec/holders',
  '/spec/channels',
  '/spec/tools',
  '/spec/responsibilities',
  '/spec/builds',
  '/spec/enables',
  '/spec/consumes',
  '/metadata/tags',
  '/metadata/links',
];
const objectFields = [
  '/spec',
  '/metadata',
  '/metadata/labels',
  '/metadata/annotations',
];

const wrongType: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...stringFields), nonString)
    .map(([field, value]) => ({
      name: `${field} = ${JSON.stringify(value)}`,
      apply: (e: PersonaLike) => {
        set(e, field, value);
        return [field];
      },
    })),
  fc.tuple(fc.constantFrom(...arrayFields), nonArray).map(([field, value]) => ({
    name: `${field} = ${JSON.stringify(value)}`,
    apply: (e: PersonaLike) => {
      set(e, field, value);
      return [field];
    },
  })),
  fc
    .tuple(fc.constantFrom(...objectFields), nonObject)
    .map(([field, value]) => ({
      name: `${field} = ${JSON.stringify(value)}`,
      apply: (e: PersonaLike) => {
        set(e, field, value);
        return [field];
      },
    })),
  fc
    .tuple(
      fc.constantFrom('/spec/interaction', '/spec/builds/0/ownedByHolder'),
      fc.oneof(
        fc.integer(),
        fc
          .string({ maxLength: 8 })
          .filter(s => !['direct', 'indirect'].includes(s)),
      ),
    )
    .map(([field, value]) => ({
      name: `${field} = ${JSON.stringify(value)}`,
      apply: (e: PersonaLike) => {
        if (field.includes('builds'))
          e.spec.builds = [{ filter: { kind: 'Component' } }];
        set(e, field, value);
        return [field];
      },
    })),
);

const missingField: fc.Arbitrary<Mutation> = fc
  .constantFrom(
    '/apiVersion',
    '/metadata',
    '/spec',
    '/metadata/name',
    '/spec/type',
    '/spec/owner',
    '/spec/responsibilities',
    '/spec/responsibilities/0/id',
    '/spec/responsibilities/0/title',
  )
  .map(field => ({
    name: `without ${field}`,
    apply: (e: PersonaLike) => {
      const segments = field.split('/');
      const key = segments.pop()!;
      delete at(e, segments.join('/'))[key];
      // a missing field is reported at its own path
      return [field];
    },
  }));

const knownKeys: Record<string, string[]> = {
  '': ['apiVersion', 'kind', 'metadata', 'spec', 'relations', 'status'],
  '/spec': [
    'type',
    'framework',
    'owner',
    'holders',
    'interaction',
    'channels',
    'tools',
    'responsibilities',
    'builds',
    'enables',
    'consumes',
  ],
  '/spec/responsibilities/0': ['id', 'title', 'description'],
  '/spec/builds/0': ['filter', 'ownedByHolder'],
};
const unknownKey: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(...Object.keys(knownKeys)),
    fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        '<<',
        'toString',
        'hasOwnProperty',
        'a/b',
        'x~y',
        '',
      ),
      fc.string({ maxLength: 12 }),
    ),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .filter(([where, key]) => !knownKeys[where].includes(key))
  .map(([where, key, value]) => ({
    name: `${where}/${key} added`,
    apply: (e: PersonaLike) => {
      if (where.startsWith('/spec/builds'))
        e.spec.builds = [{ filter: { kind: 'Component' } }];
      setOwn(at(e, where), key, value);
      return [`${where}/${escape(key)}`];
    },
  }));

const reservedKey: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(
      '/metadata',
      '/metadata/labels',
      '/metadata/annotations',
      '/metadata/links/0',
    ),
    fc.constantFrom('__proto__', 'constructor', 'prototype', '<<'),
    fc.oneof(fc.constant({ polluted: true }), fc.string({ maxLength: 8 })),
  )
  .map(([where, key, value]) => ({
    name: `${where}/${key} added`,
    apply: (e: PersonaLike) => {
      if (where === '/metadata/links/0')
        e.metadata.links = [{ url: 'https://example.com' }];
      setOwn(at(e, where), key, value);
      return [`${where}/${escape(key)}`];
    },
  }));

const badRefs: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('owner', 'holders', 'builds', 'enables', 'consumes'),
      badRef,
    )
    .map(([field, ref]) => ({
      name: `${field}: ${JSON.stringify(ref)}`,
      apply: (e: PersonaLike) => {
        if (field === 'owner') {
          e.spec.owner = ref;
          return ['/spec/owner'];
        }
        const list = [...((e.spec[field] as unknown[]) ?? []), ref];
        e.spec[field] = list;
        return [`/spec/${field}/${list.length - 1}`];
      },
    })),
  fc
    .tuple(fc.constantFrom('owner', 'holders'), nonHolderRef)
    .map(([field, ref]) => ({
      name: `${field}: ${ref}`,
      apply: (e: PersonaLike) => {
        if (field === 'owner') {
          e.spec.owner = ref;
          return ['/spec/owner'];
        }
        e.spec.holders = [ref];
        return ['/spec/holders/0'];
      },
    })),
  fc
    .tuple(
      fc.constantFrom('holders', 'builds', 'enables', 'consumes'),
      fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.integer(), { maxLength: 2 }),
      ),
    )
    .map(([field, ref]) => ({
      name: `${field}: [${JSON.stringify(ref)}]`,
      apply: (e: PersonaLike) => {
        e.spec[field] = [ref];
        return [`/spec/${field}/0`];
      },
    })),
);

const huge: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(
      ['/metadata/name', 64],
      ['/spec/type', 64],
      ['/spec/framework', 64],
      ['/spec/responsibilities/0/id', 64],
      ['/spec/responsibilities/0/title', 256],
      ['/spec/responsibilities/0/description', 4001],
      ['/spec/channels/0', 256],
    ) as fc.Arbitrary<[string, number]>,
    fc.constantFrom(1, 16, 1024 * 1024),
    fc.constantFrom('a', 'z', '0'),
  )
  .map(([[field, limit], factor, char]) => ({
    name: `${field} of ${Math.max(limit, factor)} characters`,
    apply: (e: PersonaLike) => {
      if (field.startsWith('/spec/channels')) e.spec.channels = [];
      set(e, field, char.repeat(Math.max(limit, factor)));
      return [field];
    },
  }));

const deep: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(
      '/spec/type',
      '/spec/owner',
      '/metadata/name',
      '/spec/responsibilities/0/title',
      '/spec/holders/0',
    ),
    fc.integer({ min: 10, max: 150 }),
    fc.boolean(),
  )
  .map(([field, depth, lists]) => ({
    name: `${field} nested ${depth} ${lists ? 'lists' : 'maps'} deep`,
    apply: (e: PersonaLike) => {
      let value: unknown = 'x';
      for (let i = 0; i < depth; i++) value = lists ? [value] : { a: value };
      if (field.startsWith('/spec/holders')) e.spec.holders = [];
      set(e, field, value);
      return [field];
    },
  }));

const duplicates: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat({ max: 3 }).map(extra => ({
    name: `responsibility id repeated after ${extra} more`,
    apply: (e: PersonaLike) => {
      const list = e.spec.responsibilities;
      for (let i = 0; i < extra; i++)
        list.push({ id: `extra-${i}`, title: 'Extra' });
      list.push({ id: list[0].id, title: 'Again' });
      return [`/spec/responsibilities/${list.length - 1}/id`];
    },
  })),
  fc.constant<Mutation>({
    name: 'holder repeated',
    apply: (e: PersonaLike) => {
      const holders = (e.spec.holders as string[] | undefined) ?? [];
      e.spec.holders = [
        ...holders,
        'group:default/twice',
        'group:default/twice',
      ];
      // reported at the second one
      return [`/spec/holders/${holders.length + 1}`];
    },
  }),
);

const badFilter: fc.Arbitrary<Mutation> = fc
  .constantFrom(
    [{}, '/spec/builds/0/filter'],
    [{ kind: [] }, '/spec/builds/0/filter/kind'],
    [{ kind: [[]] }, '/spec/builds/0/filter/kind/0'],
    [{ kind: '' }, '/spec/builds/0/filter/kind'],
    [{ '1kind': 'x' }, '/spec/builds/0/filter/1kind'],
    [{ 'spec type': 'x' }, '/spec/builds/0/filter/spec type'],
    [
      Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])),
      '/spec/builds/0/filter',
    ],
  )
  .map(([filter, path]) => ({
    name: `filter ${JSON.stringify(filter)}`,
    apply: (e: PersonaLike) => {
      e.spec.builds = [{ filter }];
      return [path as string];
    },
  }));

/**
 * Malformed Personas: a generated valid Persona with one mutation that makes
 * it invalid, as YAML or JSON, with the path the mutation breaks.
 */
export function malformedPersonaArbitrary(): fc.Arbitrary<MalformedPersona> {
  return fc
    .tuple(
      validPersonaArbitrary(),
      fc.oneof(
        wrongType,
        missingField,
        unknownKey,
        reservedKey,
        badRefs,
        huge,
        deep,
        duplicates,
        badFilter,
      ),
      fc.constantFrom<'yaml' | 'json'>('yaml', 'json'),
    )
    .map(([valid, mutation, format]) => {
      const entity = structuredClone(valid);
      const paths = mutation.apply(entity);
      return {
        mutation: mutation.name,
        entity,
        format,
        text: toText(entity, format),
        paths,
      };
    });
}
