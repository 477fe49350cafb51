import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  isPersonaEntity,
  personaEntityV1alpha1Validator,
} from '@platform-personas/backstage-plugin-persona-common';
import { generateOrganisation, TIERS } from './generateOrganisation';

describe('generateOrganisation, tier S', () => {
  const tier = TIERS.S;
  const { entities, targets } = generateOrganisation(tier);
  const byKind = (kind: string) => entities.filter(e => e.kind === kind);

  it('has the counts of the tier', () => {
    expect(byKind('User')).toHaveLength(tier.users);
    expect(byKind('Group')).toHaveLength(
      tier.groupsPerLevel.reduce((a, b) => a + b),
    );
    expect(byKind('Component')).toHaveLength(tier.components);
    expect(byKind('API')).toHaveLength(tier.apis);
    expect(byKind('System')).toHaveLength(tier.systems);
    expect(byKind('Resource')).toHaveLength(tier.clusters);
    expect(byKind('Persona')).toHaveLength(tier.personas);
  });

  it('builds a six-level tree with a fan-out of at most 30 and a group of 500+ members', () => {
    const parents = new Map(
      byKind('Group').map(g => [
        g.metadata.name,
        (g.spec as { parent?: string }).parent,
      ]),
    );
    const depth = (name: string): number =>
      parents.get(name) ? 1 + depth(parents.get(name)!) : 0;
    expect(Math.max(...[...parents.keys()].map(depth))).toBe(5);
    const fanOut = new Map<string, number>();
    parents.forEach(p => p && fanOut.set(p, (fanOut.get(p) ?? 0) + 1));
    expect(Math.max(...fanOut.values())).toBeLessThanOrEqual(30);
    const members = new Map<string, number>();
    for (const user of byKind('User')) {
      for (const g of (user.spec as { memberOf: string[] }).memberOf) {
        members.set(g, (members.get(g) ?? 0) + 1);
      }
    }
    expect(Math.max(...members.values())).toBeGreaterThanOrEqual(500);
  });

  it('writes personas that the Persona validator accepts, with 3–10 holders each', async () => {
    for (const persona of byKind('Persona')) {
      expect(isPersonaEntity(persona)).toBe(true);
      await expect(personaEntityV1alpha1Validator.check(persona)).resolves.toBe(
        true,
      );
      const holders = (persona.spec as { holders: string[] }).holders;
      expect(holders.length).toBeGreaterThanOrEqual(3);
      expect(holders.length).toBeLessThanOrEqual(10);
    }
  });

  it('picks targets that exist, and the same ones on every run', () => {
    const refs = new Set(entities.map(e => stringifyEntityRef(e)));
    for (const ref of [
      targets.leafTeam,
      targets.midGroup,
      targets.root,
      targets.user,
      targets.hotCluster,
      targets.persona,
    ]) {
      expect(refs).toContain(ref);
    }
    expect(generateOrganisation(tier).targets).toEqual(targets);
  });
});
