import { DependencyGraphTypes } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { TeamType } from '@platform-personas/backstage-plugin-persona-common';
import { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { personaTranslationRef } from '../../translation';
import { TeamNodeData } from './graphModel';

/** The colours Team Topologies draws each team type in. */
const TEAM_TYPE_COLORS: Record<TeamType, { fill: string; stroke: string }> = {
  'stream-aligned': { fill: '#fff2cc', stroke: '#d6b656' },
  platform: { fill: '#dae8fc', stroke: '#6c8ebf' },
  enabling: { fill: '#e1d5e7', stroke: '#9673a6' },
  'complicated-subsystem': { fill: '#ffe6cc', stroke: '#d79b00' },
};
const NO_TYPE = { fill: '#eeeeee', stroke: '#9e9e9e' };

const HEIGHT = 46;
/** Wide enough for the longer line at about 7.5 px a character. */
function widthFor(...lines: string[]): number {
  return Math.max(120, ...lines.map(line => line.length * 7.5 + 24));
}

/**
 * A team of the graph: its title over its Team Topologies type, in the type's
 * colour, linking to the team's page.
 */
export function TeamGraphNode(
  props: DependencyGraphTypes.RenderNodeProps<TeamNodeData>,
) {
  const { id, title, teamType } = props.node;
  const { t } = useTranslationRef(personaTranslationRef);
  const linkTo = useEntityRefLink();
  const navigate = useNavigate();
  const typeLabel = teamType ? t(`teamTypes.${teamType}`) : '';
  const width = widthFor(title, typeLabel);
  const colors = teamType ? TEAM_TYPE_COLORS[teamType] : NO_TYPE;
  const href = linkTo(id);
  const open = (event: MouseEvent) => {
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={open} data-testid={`team-node-${id}`}>
      <title>{typeLabel ? `${title} (${typeLabel})` : title}</title>
      <rect
        width={width}
        height={HEIGHT}
        rx={6}
        fill={colors.fill}
        stroke={colors.stroke}
        strokeWidth={2}
      />
      <text
        x={width / 2}
        y={typeLabel ? 19 : HEIGHT / 2 + 5}
        textAnchor="middle"
        fontSize={14}
        fontWeight={500}
        fill="#212121"
      >
        {title}
      </text>
      {typeLabel && (
        <text
          x={width / 2}
          y={36}
          textAnchor="middle"
          fontSize={11}
          fill="#424242"
        >
          {typeLabel}
        </text>
      )}
    </a>
  );
}
