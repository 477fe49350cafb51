import { TeamApiDocument } from '@platform-personas/backstage-plugin-persona-common';

const TEAM_TYPE_WORDS: Record<TeamApiDocument['team']['teamType'], string> = {
  'stream-aligned': 'Stream-aligned team',
  platform: 'Platform team',
  enabling: 'Enabling team',
  'complicated-subsystem': 'Complicated-subsystem team',
};

/** Text that stays one table cell or one line: no pipes, no line breaks. */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/**
 * The Team API document as Markdown, for a team to paste into its wiki or
 * README: headings for the team and its type, its personas and their
 * responsibilities, the services it provides (with their consumers), what it
 * depends on, and a table of its interactions. Entities are named by their
 * titles where `titleOf` knows one, by their refs otherwise.
 */
export function teamApiMarkdown(
  doc: TeamApiDocument,
  titleOf: (ref: string) => string | undefined,
): string {
  const name = (ref: string) => {
    const title = titleOf(ref);
    return title ? inline(title) : `\`${ref}\``;
  };
  const names = (refs: string[]) =>
    refs.length ? refs.map(name).join(', ') : '—';
  const lines = [
    `# ${name(doc.team.ref)} — ${TEAM_TYPE_WORDS[doc.team.teamType]}`,
    '',
    `Team type \`${doc.team.teamType}\`, ${
      doc.team.teamTypeSource === 'annotation'
        ? 'set by its `persona.platform-personas.io/team-type` annotation'
        : 'inferred from its personas'
    }. Team API of \`${doc.team.ref}\`, from the persona index of ${
      doc.meta.indexBuiltAt
    }.`,
    '',
    '## Personas & responsibilities',
    '',
  ];
  if (!doc.personas.length) lines.push('This team holds no persona.', '');
  for (const persona of doc.personas) {
    lines.push(`### ${name(persona.ref)}`, '');
    persona.responsibilities.forEach(r => lines.push(`- ${inline(r)}`));
    lines.push('');
  }
  lines.push('## Services provided', '');
  if (doc.servicesProvided.length) {
    lines.push('| Service | Consumers |', '| --- | --- |');
    doc.servicesProvided.forEach(s =>
      lines.push(`| ${name(s.ref)} | ${names(s.consumers)} |`),
    );
  } else lines.push('None.');
  lines.push('', '## Depends on', '');
  if (doc.dependsOn.length) {
    lines.push('| Component | Provided by |', '| --- | --- |');
    doc.dependsOn.forEach(d =>
      lines.push(`| ${name(d.ref)} | ${names(d.providers)} |`),
    );
  } else lines.push('Nothing.');
  lines.push('', '## Interactions', '');
  if (doc.interactions.length) {
    lines.push(
      '| Team | Mode | Role | Via components |',
      '| --- | --- | --- | --- |',
    );
    doc.interactions.forEach(i =>
      lines.push(
        `| ${name(i.team)} | ${i.mode} | ${i.role} | ${names(i.components)} |`,
      ),
    );
  } else lines.push('None.');
  return `${lines.join('\n')}\n`;
}
