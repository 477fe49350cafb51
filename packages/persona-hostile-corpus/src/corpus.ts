import { validPersonaText } from './valid';

/** What kind of hostility a case stands for. */
export type HostileCategory =
  | 'wrong-type'
  | 'missing-field'
  | 'prototype-key'
  | 'merge-key'
  | 'alias'
  | 'url'
  | 'huge'
  | 'deep'
  | 'non-string-ref'
  | 'bad-ref-kind'
  | 'duplicate'
  | 'bad-value'
  | 'unknown-field'
  | 'syntax';

/**
 * What becomes of the text in a catalog:
 * - `processor-throws`: the catalog reads an entity and
 *   `PersonaEntitiesProcessor.validateEntityKind` throws, naming a path;
 * - `processor-declines`: its kind or apiVersion is not the Persona's, so
 *   `validateEntityKind` returns false (and the catalog reports that no
 *   processor knows the kind);
 * - `reader-rejects`: the catalog's YAML reader rejects the text (syntax,
 *   duplicate keys, aliases) or cannot store it as JSON (a cycle), so no
 *   processor ever sees it.
 */
export type HostileFate =
  | 'processor-throws'
  | 'processor-declines'
  | 'reader-rejects';

/** One malformed or hostile Persona document. */
export type HostileCase = {
  /** Unique, kebab-case. */
  name: string;
  category: HostileCategory;
  /** The document, as YAML or JSON text. */
  text: string;
  /** At least one problem must have one of these paths (`<root>`: the document). */
  paths: string[];
  fate: HostileFate;
};

const MB = 1024 * 1024;

function edit(...replacements: Array<[string, string]>): string {
  let text = validPersonaText;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) {
      throw new Error(`hostile corpus: "${from}" is not in the valid persona`);
    }
    text = text.replace(from, to);
  }
  return text;
}

/** The valid persona with more lines at the end of its spec (2-space indent). */
const withSpec = (...lines: string[]) =>
  `${validPersonaText}${lines.map(l => `  ${l}\n`).join('')}`;

/** The valid persona with more lines in its metadata (2-space indent). */
const withMetadata = (...lines: string[]) =>
  edit([
    '  title: Hostile Persona\n',
    `  title: Hostile Persona\n${lines.map(l => `  ${l}\n`).join('')}`,
  ]);

const nested = (depth: number, open: string, close: string, inner: string) =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** Each anchor a list of `fanOut` aliases of the one before: fanOut^levels values. */
function aliasBomb(fanOut: number, levels: number): string[] {
  const lines = [`a0: &a0 [${Array(fanOut).fill('lol').join(', ')}]`];
  for (let level = 1; level < levels; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(fanOut)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  }
  return lines;
}

const c = (
  name: string,
  category: HostileCategory,
  text: string,
  paths: string[],
  fate: HostileFate = 'processor-throws',
): HostileCase => ({ name, category, text, paths, fate });

/**
 * The fixed hostile corpus: named malformed Persona documents, each of which
 * must be rejected with a path at every entry point.
 */
export const hostileCorpus: HostileCase[] = [
  // wrong types
  c('type-is-a-number', 'wrong-type', edit(['type: builder', 'type: 42']), [
    '/spec/type',
  ]),
  c(
    'owner-is-a-map',
    'wrong-type',
    edit([
      'owner: group:default/platform-team',
      'owner: { kind: group, name: platform-team }',
    ]),
    ['/spec/owner'],
  ),
  c(
    'holders-is-a-string',
    'wrong-type',
    edit([
      '  holders:\n    - group:default/connectors-team',
      '  holders: group:default/connectors-team',
    ]),
    ['/spec/holders'],
  ),
  c(
    'responsibilities-is-a-map',
    'wrong-type',
    edit([
      '    - id: build\n      title: Build',
      '    id: build\n    title: Build',
    ]),
    ['/spec/responsibilities'],
  ),
  c(
    'responsibility-title-is-a-list',
    'wrong-type',
    edit(['title: Build', 'title: [Build, Test]']),
    ['/spec/responsibilities/0/title'],
  ),
  c(
    'name-is-a-number',
    'wrong-type',
    edit(['name: hostile-persona', 'name: 42']),
    ['/metadata/name'],
  ),
  c('tags-is-a-string', 'wrong-type', withMetadata('tags: platform'), [
    '/metadata/tags',
  ]),
  c(
    'annotation-value-is-a-number',
    'wrong-type',
    withMetadata('annotations:', '  example.com/level: 3'),
    ['/metadata/annotations/example.com~1level'],
  ),
  c(
    'spec-is-a-list',
    'wrong-type',
    `${validPersonaText.split('spec:')[0]}spec: [builder, platform-team]\n`,
    ['/spec'],
  ),
  c(
    'metadata-is-a-string',
    'wrong-type',
    edit([
      'metadata:\n  name: hostile-persona\n  title: Hostile Persona',
      'metadata: hostile-persona',
    ]),
    ['/metadata'],
  ),
  c('interaction-is-a-boolean', 'wrong-type', withSpec('interaction: true'), [
    '/spec/interaction',
  ]),
  c(
    'channels-item-is-a-list',
    'wrong-type',
    withSpec('channels: [[git, maven]]'),
    ['/spec/channels/0'],
  ),
  c(
    'owned-by-holder-is-a-string',
    'wrong-type',
    withSpec(
      'builds:',
      '  - filter: { kind: Component }',
      '    ownedByHolder: "yes"',
    ),
    ['/spec/builds/0/ownedByHolder'],
  ),
  c(
    'filter-value-is-a-query-object',
    'wrong-type',
    withSpec('builds:', '  - filter: { kind: { $ne: Group } }'),
    ['/spec/builds/0/filter/kind'],
  ),
  c(
    'binary-where-a-string-belongs',
    'wrong-type',
    `%YAML 1.1\n---\n${edit(['type: builder', 'type: !!binary aGVsbG8='])}`,
    ['/spec/type'],
  ),

  // missing fields
  c('no-spec', 'missing-field', validPersonaText.split('spec:')[0], ['/spec']),
  c(
    'no-metadata',
    'missing-field',
    edit([
      'metadata:\n  name: hostile-persona\n  title: Hostile Persona\n',
      '',
    ]),
    ['/metadata'],
  ),
  c(
    'no-api-version',
    'missing-field',
    edit(['apiVersion: platform-personas.io/v1alpha1\n', '']),
    ['/apiVersion'],
  ),
  c('no-name', 'missing-field', edit(['  name: hostile-persona\n', '']), [
    '/metadata/name',
  ]),
  c(
    'no-owner',
    'missing-field',
    edit(['  owner: group:default/platform-team\n', '']),
    ['/spec/owner'],
  ),
  c(
    'no-responsibilities',
    'missing-field',
    edit(['  responsibilities:\n    - id: build\n      title: Build\n', '']),
    ['/spec/responsibilities'],
  ),
  c(
    'empty-responsibilities',
    'missing-field',
    edit([
      '  responsibilities:\n    - id: build\n      title: Build\n',
      '  responsibilities: []\n',
    ]),
    ['/spec/responsibilities'],
  ),
  c(
    'responsibility-without-id',
    'missing-field',
    edit(['    - id: build\n', '    - description: no id\n']),
    ['/spec/responsibilities/0/id'],
  ),
  c(
    'selector-without-filter',
    'missing-field',
    withSpec('consumes:', '  - ownedByHolder: true'),
    ['/spec/consumes/0/filter'],
  ),
  c('empty-filter', 'missing-field', withSpec('enables:', '  - filter: {}'), [
    '/spec/enables/0/filter',
  ]),
  c(
    'link-without-url',
    'missing-field',
    withMetadata('links:', '  - title: Runbook'),
    ['/metadata/links/0/url'],
  ),

  // prototype keys
  c(
    'proto-in-spec',
    'prototype-key',
    withSpec('__proto__: { polluted: true }'),
    ['/spec/__proto__'],
  ),
  c(
    'proto-in-metadata',
    'prototype-key',
    withMetadata('__proto__: { polluted: true }'),
    ['/metadata/__proto__'],
  ),
  c(
    'proto-at-root',
    'prototype-key',
    `${validPersonaText}__proto__:\n  polluted: true\n`,
    ['/__proto__'],
  ),
  c(
    'constructor-prototype-in-spec',
    'prototype-key',
    withSpec('constructor: { prototype: { polluted: true } }'),
    ['/spec/constructor'],
  ),
  c(
    'constructor-in-metadata',
    'prototype-key',
    withMetadata('constructor: { prototype: { polluted: true } }'),
    ['/metadata/constructor'],
  ),
  c(
    'prototype-in-metadata',
    'prototype-key',
    withMetadata('prototype: { polluted: true }'),
    ['/metadata/prototype'],
  ),
  c(
    'constructor-filter-key',
    'prototype-key',
    withSpec('builds:', '  - filter: { constructor: Component }'),
    ['/spec/builds/0/filter/constructor'],
  ),
  c(
    'proto-in-a-responsibility',
    'prototype-key',
    edit([
      '      title: Build\n',
      '      title: Build\n      __proto__: { polluted: true }\n',
    ]),
    ['/spec/responsibilities/0/__proto__'],
  ),
  c(
    'proto-label',
    'prototype-key',
    withMetadata('labels: { __proto__: polluted }'),
    ['/metadata/labels/__proto__'],
  ),
  c(
    'proto-in-json',
    'prototype-key',
    '{"apiVersion":"platform-personas.io/v1alpha1","kind":"Persona","metadata":{"name":"p","__proto__":{"polluted":true}},"spec":{"type":"builder","owner":"team","responsibilities":[{"id":"a","title":"A"}],"__proto__":{"polluted":true}}}',
    ['/metadata/__proto__', '/spec/__proto__'],
  ),

  // YAML merge keys (YAML 1.2, which the catalog reads: `<<` is a plain key)
  c(
    'merge-key-in-spec',
    'merge-key',
    edit(['  type: builder\n', '  <<: { type: builder }\n']),
    ['/spec/<<', '/spec/type'],
  ),
  c(
    'merge-key-in-metadata',
    'merge-key',
    `spec: &spec\n${validPersonaText.split('spec:\n')[1]}${validPersonaText
      .split('spec:')[0]
      .replace(
        '  title: Hostile Persona\n',
        '  title: Hostile Persona\n  <<: *spec\n',
      )}`,
    ['/metadata/<<'],
  ),
  c(
    'yaml-1-1-merge-of-a-bad-value',
    'merge-key',
    `%YAML 1.1\n---\n${edit(
      ['metadata:\n', 'defaults: &defaults { type: 42 }\nmetadata:\n'],
      ['  type: builder\n', '  <<: *defaults\n'],
    )}`,
    ['/defaults', '/spec/type', '/spec/<<'],
  ),

  // anchors and aliases
  c(
    'alias-bomb-in-metadata',
    'alias',
    withMetadata(...aliasBomb(10, 9)),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    'alias-bomb-deep-and-narrow',
    'alias',
    withMetadata(...aliasBomb(2, 30)),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    'alias-cycle-in-metadata',
    'alias',
    edit(
      ['metadata:\n', 'metadata: &meta\n'],
      [
        '  title: Hostile Persona\n',
        '  title: Hostile Persona\n  self: *meta\n',
      ],
    ),
    ['/metadata/self'],
    'reader-rejects',
  ),
  c(
    'alias-of-the-document',
    'alias',
    `&doc\n${validPersonaText}  loop: *doc\n`,
    ['/spec/loop'],
    'reader-rejects',
  ),
  c(
    'undefined-alias',
    'alias',
    edit(['owner: group:default/platform-team', 'owner: *nowhere']),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    'alias-of-a-list-as-a-string',
    'alias',
    edit(
      ['type: builder', 'type: &list [builder, enabler]'],
      ['owner: group:default/platform-team', 'owner: *list'],
    ),
    ['/spec/type', '/spec/owner'],
  ),

  // URLs where refs belong (refs render as links)
  c(
    'javascript-url-as-build-target',
    'url',
    withSpec('builds: ["javascript:alert(document.cookie)"]'),
    ['/spec/builds/0'],
  ),
  c(
    'javascript-url-as-owner',
    'url',
    edit([
      'owner: group:default/platform-team',
      'owner: "javascript:alert(1)"',
    ]),
    ['/spec/owner'],
  ),
  c(
    'data-url-as-holder',
    'url',
    edit([
      '    - group:default/connectors-team',
      '    - "data:text/html,<script>alert(1)</script>"',
    ]),
    ['/spec/holders/0'],
  ),
  c(
    'https-url-as-consumed-target',
    'url',
    withSpec('consumes: ["https://evil.example.com/x"]'),
    ['/spec/consumes/0'],
  ),

  // huge values
  c(
    '1mb-responsibility-title',
    'huge',
    edit(['title: Build', `title: ${'a'.repeat(MB)}`]),
    ['/spec/responsibilities/0/title'],
  ),
  c(
    '1mb-name',
    'huge',
    edit(['name: hostile-persona', `name: ${'a'.repeat(MB)}`]),
    ['/metadata/name'],
  ),
  c(
    '1mb-description',
    'huge',
    edit([
      '      title: Build\n',
      `      title: Build\n      description: ${'lorem ipsum '.repeat(
        MB / 12,
      )}\n`,
    ]),
    ['/spec/responsibilities/0/description'],
  ),
  c(
    '1mb-key',
    'huge',
    withSpec(`${'k'.repeat(MB)}: 1`),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    '1001-holders',
    'huge',
    withSpec(
      `holders: [${Array.from({ length: 1001 }, (_, i) => `team-${i}`).join(
        ', ',
      )}]`,
    ).replace('  holders:\n    - group:default/connectors-team\n', ''),
    ['/spec/holders'],
  ),
  c(
    '501-build-targets',
    'huge',
    withSpec(
      `builds: [${Array.from({ length: 501 }, (_, i) => `c${i}`).join(', ')}]`,
    ),
    ['/spec/builds'],
  ),

  // deep nesting
  c(
    '5000-deep-lists-in-metadata',
    'deep',
    withMetadata(`x: ${nested(5000, '[', ']', '')}`),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    '3000-deep-maps-in-spec',
    'deep',
    withSpec(`x: ${nested(3000, '{a: ', '}', '1')}`),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    '100-deep-lists-as-type',
    'deep',
    edit(['type: builder', `type: ${nested(100, '[', ']', 'builder')}`]),
    ['/spec/type'],
  ),
  c(
    '100-deep-maps-as-owner',
    'deep',
    edit([
      'owner: group:default/platform-team',
      `owner: ${nested(100, '{a: ', '}', 'team')}`,
    ]),
    ['/spec/owner'],
  ),

  // refs that are not strings
  c(
    'holder-is-a-number',
    'non-string-ref',
    edit(['    - group:default/connectors-team', '    - 42']),
    ['/spec/holders/0'],
  ),
  c('build-target-is-a-number', 'non-string-ref', withSpec('builds: [42]'), [
    '/spec/builds/0',
  ]),
  c('build-target-is-null', 'non-string-ref', withSpec('builds: [~]'), [
    '/spec/builds/0',
  ]),
  c(
    'consumed-target-is-a-boolean',
    'non-string-ref',
    withSpec('consumes: [true]'),
    ['/spec/consumes/0'],
  ),
  c(
    'owner-is-a-number',
    'non-string-ref',
    edit(['owner: group:default/platform-team', 'owner: 42']),
    ['/spec/owner'],
  ),
  c(
    'holder-is-a-ref-object',
    'non-string-ref',
    edit([
      '    - group:default/connectors-team',
      '    - { kind: group, namespace: default, name: connectors-team }',
    ]),
    ['/spec/holders/0'],
  ),

  // refs of a kind that cannot be there
  c(
    'system-as-holder',
    'bad-ref-kind',
    edit([
      '    - group:default/connectors-team',
      '    - system:default/platform',
    ]),
    ['/spec/holders/0'],
  ),
  c(
    'component-as-owner',
    'bad-ref-kind',
    edit([
      'owner: group:default/platform-team',
      'owner: component:default/helm',
    ]),
    ['/spec/owner'],
  ),
  c(
    'kind-starting-with-a-digit',
    'bad-ref-kind',
    withSpec('builds: ["1component:helm"]'),
    ['/spec/builds/0'],
  ),
  c(
    'uppercase-namespace',
    'bad-ref-kind',
    withSpec('enables: ["component:Default/helm"]'),
    ['/spec/enables/0'],
  ),
  c('kind-without-name', 'bad-ref-kind', withSpec('builds: ["component:"]'), [
    '/spec/builds/0',
  ]),
  c(
    'namespace-without-name',
    'bad-ref-kind',
    edit(['    - group:default/connectors-team', '    - group:default/']),
    ['/spec/holders/0'],
  ),

  // duplicates
  c(
    'duplicate-responsibility-ids',
    'duplicate',
    edit([
      '      title: Build\n',
      '      title: Build\n    - id: build\n      title: Build again\n',
    ]),
    ['/spec/responsibilities/1/id'],
  ),
  c(
    'duplicate-holders',
    'duplicate',
    edit([
      '    - group:default/connectors-team\n',
      '    - group:default/connectors-team\n    - group:default/connectors-team\n',
    ]),
    ['/spec/holders/1'],
  ),
  c(
    'duplicate-key',
    'duplicate',
    edit([
      '  owner: group:default/platform-team\n',
      '  owner: group:default/platform-team\n  type: enabler\n',
    ]),
    ['/spec/type'],
    'reader-rejects',
  ),

  // values of the right type but wrong
  c(
    'lowercase-kind',
    'bad-value',
    edit(['kind: Persona', 'kind: persona']),
    ['/kind'],
    'processor-declines',
  ),
  c(
    'backstage-api-version',
    'bad-value',
    edit([
      'apiVersion: platform-personas.io/v1alpha1',
      'apiVersion: backstage.io/v1alpha1',
    ]),
    ['/apiVersion'],
    'processor-declines',
  ),
  c('unknown-interaction', 'bad-value', withSpec('interaction: sometimes'), [
    '/spec/interaction',
  ]),
  c(
    'responsibility-id-with-spaces',
    'bad-value',
    edit(['- id: build', '- id: Build Things']),
    ['/spec/responsibilities/0/id'],
  ),
  c(
    'name-with-spaces',
    'bad-value',
    edit(['name: hostile-persona', 'name: Hostile Persona']),
    ['/metadata/name'],
  ),
  c(
    'nul-in-name',
    'bad-value',
    edit(['name: hostile-persona', 'name: "hostile\\0persona"']),
    ['/metadata/name'],
  ),
  c('empty-type', 'bad-value', edit(['type: builder', 'type: ""']), [
    '/spec/type',
  ]),
  c(
    '21-filter-keys',
    'bad-value',
    withSpec(
      `builds: [{ filter: { ${Array.from(
        { length: 21 },
        (_, i) => `k${i}: v`,
      ).join(', ')} } }]`,
    ),
    ['/spec/builds/0/filter'],
  ),
  c(
    'unresolved-tag-function',
    'bad-value',
    edit([
      'owner: group:default/platform-team',
      'owner: !!js/function "function () { return process.exit(1) }"',
    ]),
    ['/spec/owner'],
  ),

  // fields that do not exist
  c(
    'misspelt-responsibilities',
    'unknown-field',
    edit(['  responsibilities:', '  responsibilites:']),
    ['/spec/responsibilites', '/spec/responsibilities'],
  ),
  c('unknown-root-field', 'unknown-field', `${validPersonaText}specs: {}\n`, [
    '/specs',
  ]),
  c('number-key-in-spec', 'unknown-field', withSpec('1: one'), ['/spec/1']),
  c('slash-and-tilde-key', 'unknown-field', withSpec('"a/b~c": 1'), [
    '/spec/a~1b~0c',
  ]),
  c('collection-key', 'unknown-field', withSpec('? [a, b]', ': c'), [
    '/spec/[a, b]',
    '/spec/[ a, b ]',
  ]),

  // YAML that does not parse
  c(
    'unclosed-flow-list',
    'syntax',
    edit([
      '  holders:\n    - group:default/connectors-team\n',
      '  holders: [group:default/connectors-team\n',
    ]),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    'tab-indentation',
    'syntax',
    edit(['  type: builder', '\ttype: builder']),
    ['<root>'],
    'reader-rejects',
  ),
  c(
    'truncated-json',
    'syntax',
    '{"apiVersion": "platform-personas.io/v1alpha1", "kind": "Persona", "spec": {"type": ["builder",',
    ['<root>'],
    'reader-rejects',
  ),
  c(
    'bad-indentation',
    'syntax',
    edit([
      '  owner: group:default/platform-team',
      '    owner: group:default/platform-team',
    ]),
    ['<root>'],
    'reader-rejects',
  ),
];
