import { targetPaths } from '@backstage/cli-common';
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';

type OrgEntity = {
  kind: string;
  metadata: { name: string; title?: string };
  spec?: { parent?: string; children?: string[]; memberOf?: string[] };
};

function readOrg(): OrgEntity[] {
  const file = targetPaths.resolveRoot('examples/org.yaml');
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(document => document.toJS() as OrgEntity)
    .filter(Boolean);
}

/** `platform-team` of `group:default/platform-team` or of `platform-team`. */
function nameOf(ref: string): string {
  return ref.replace(/^group:/, '').replace(/^default\//, '');
}

/**
 * The members of a Group of the example organisation, as authored: its
 * direct members (what the org plugin's members card lists) and the members
 * of it and its sub-groups.
 */
export function exampleGroupMembers(groupName: string): {
  title: string;
  direct: number;
  withSubGroups: number;
} {
  const org = readOrg();
  const groups = org.filter(e => e.kind === 'Group');
  const group = groups.find(g => g.metadata.name === groupName);
  if (!group) throw new Error(`No example Group named ${groupName}`);
  const subtree = new Set([groupName]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const g of groups) {
      const children = (g.spec?.children ?? []).map(nameOf);
      const parent = g.spec?.parent && nameOf(g.spec.parent);
      if (subtree.has(g.metadata.name)) {
        for (const child of children) {
          if (!subtree.has(child)) {
            subtree.add(child);
            grew = true;
          }
        }
      } else if (parent && subtree.has(parent)) {
        subtree.add(g.metadata.name);
        grew = true;
      }
    }
  }
  const users = org.filter(e => e.kind === 'User');
  const memberOf = (user: OrgEntity) => (user.spec?.memberOf ?? []).map(nameOf);
  return {
    title: group.metadata.title ?? groupName,
    direct: users.filter(u => memberOf(u).includes(groupName)).length,
    withSubGroups: users.filter(u => memberOf(u).some(g => subtree.has(g)))
      .length,
  };
}
