import fc from 'fast-check';
import { stringify } from 'yaml';

/** A Persona entity as the catalog would hold it. */
export type PersonaLike = {
  apiVersion: string;
  kind: string;
  metadata: Record<string, unknown> & { name: string };
  spec: Record<string, unknown> & {
    responsibilities: Array<Record<string, unknown>>;
  };
  [key: string]: unknown;
};

/** A known-valid Persona, in the form the fixed corpus edits. */
export const validPersonaText = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: hostile-persona
  title: Hostile Persona
spec:
  type: builder
  owner: group:default/platform-team
  holders:
    - group:default/connectors-team
  responsibilities:
    - id: build
      title: Build
`;

/** A fresh copy of the known-valid Persona of {@link validPersonaText}. */
export function validPersonaEntity(): PersonaLike {
  return {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'hostile-persona', title: 'Hostile Persona' },
    spec: {
      type: 'builder',
      owner: 'group:default/platform-team',
      holders: ['group:default/connectors-team'],
      responsibilities: [{ id: 'build', title: 'Build' }],
    },
  };
}

const label = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.()'-]{0,40}$/);
const ownerRef = fc
  .tuple(
    fc.constantFrom('', 'group:', 'user:', 'Group:', 'USER:'),
    fc.constantFrom('', 'default/', 'platform-eu/'),
    label,
  )
  .map(([kind, namespace, name]) => `${kind}${namespace}${name}`);
const targetRef = fc
  .tuple(
    fc.constantFrom('', 'component:', 'resource:', 'system:', 'Component:'),
    fc.constantFrom('', 'default/'),
    label,
  )
  .map(([kind, namespace, name]) => `${kind}${namespace}${name}`);
const selector = fc.record(
  {
    filter: fc.dictionary(
      fc.constantFrom('kind', 'spec.type', 'metadata.tags', 'spec.lifecycle'),
      fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 })),
      { minKeys: 1, maxKeys: 3 },
    ),
    ownedByHolder: fc.boolean(),
  },
  { requiredKeys: ['filter'] },
);
const targets = fc.array(fc.oneof(targetRef, selector), { maxLength: 4 });

/**
 * Valid Personas of every shape the schema allows: optional fields present
 * or not, refs with and without kind and namespace, selectors.
 */
export function validPersonaArbitrary(): fc.Arbitrary<PersonaLike> {
  return fc
    .record(
      {
        name: label,
        title: text,
        tags: fc.array(label, { maxLength: 3 }),
        type: fc.constantFrom('builder', 'enabler', 'operator', 'consumer'),
        framework: label,
        owner: ownerRef,
        holders: fc.uniqueArray(ownerRef, { maxLength: 4 }),
        interaction: fc.constantFrom('direct', 'indirect'),
        channels: fc.array(label, { maxLength: 3 }),
        tools: fc.array(fc.oneof(label, targetRef), { maxLength: 3 }),
        responsibilities: fc.uniqueArray(
          fc.record(
            { id: label, title: text, description: text },
            { requiredKeys: ['id', 'title'] },
          ),
          { minLength: 1, maxLength: 4, selector: r => r.id },
        ),
        builds: targets,
        enables: targets,
        consumes: targets,
      },
      {
        requiredKeys: ['name', 'type', 'owner', 'responsibilities'],
      },
    )
    .map(({ name, title, tags, ...spec }) => ({
      apiVersion: 'platform-personas.io/v1alpha1',
      kind: 'Persona',
      metadata: {
        name,
        ...(title === undefined ? {} : { title }),
        ...(tags === undefined ? {} : { tags }),
      },
      spec: spec as PersonaLike['spec'],
    }));
}

/** An entity as YAML or JSON text, the way authors write either. */
export function toText(entity: unknown, format: 'yaml' | 'json'): string {
  return format === 'json'
    ? JSON.stringify(entity, null, 2)
    : stringify(entity, { lineWidth: 0 });
}
