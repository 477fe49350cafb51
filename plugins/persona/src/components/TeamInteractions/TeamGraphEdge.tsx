import { DependencyGraphTypes } from '@backstage/core-components';
import { useTheme } from '@material-ui/core/styles';
import { TeamInteractionMode } from '@platform-personas/backstage-plugin-persona-common';
import { MODE_STYLES } from '../InteractionModes';
import { TeamEdgeData } from './graphModel';

/** The id of the arrow head marker of a mode, see {@link ModeArrowDefs}. */
export const arrowMarkerId = (mode: TeamInteractionMode) =>
  `persona-interaction-arrow-${mode}`;

/** One arrow head per mode, in its colour, for the graph's `defs`. */
export function modeArrowDefs() {
  return (Object.keys(MODE_STYLES) as TeamInteractionMode[]).map(mode => (
    <marker
      key={mode}
      id={arrowMarkerId(mode)}
      viewBox="0 0 10 10"
      refX="10"
      refY="5"
      markerWidth="6"
      markerHeight="6"
      orient="auto-start-reverse"
    >
      <path d="M 0 0 L 10 5 L 0 10 z" fill={MODE_STYLES[mode].color} />
    </marker>
  ));
}

/**
 * An interaction between two teams: a line in the colour and style of its
 * (first) mode — solid for X-as-a-Service, dashed for Facilitating, dotted
 * and without arrow for Collaboration — labelled with its modes halfway.
 */
export function TeamGraphEdge(
  props: DependencyGraphTypes.RenderEdgeProps<TeamEdgeData>,
) {
  const { edge } = props;
  const theme = useTheme();
  const points = (edge.points ?? []).filter(
    p => Number.isFinite(p.x) && Number.isFinite(p.y),
  );
  if (points.length < 2) return null;
  const [mode] = edge.modes;
  const style = MODE_STYLES[mode];
  const d = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`)
    .join(' ');
  const middle = points[Math.floor(points.length / 2)];
  const label = edge.label ?? '';
  const labelWidth = label.length * 6.2 + 10;
  return (
    <g data-testid="interaction-edge" data-modes={edge.modes.join(' ')}>
      <path
        d={d}
        fill="none"
        stroke={style.color}
        strokeWidth={2}
        strokeDasharray={style.dash}
        markerEnd={style.arrow ? `url(#${arrowMarkerId(mode)})` : undefined}
      />
      {label && (
        <g
          transform={`translate(${middle.x - labelWidth / 2},${middle.y - 9})`}
        >
          <rect
            width={labelWidth}
            height={18}
            rx={4}
            fill={theme.palette.background.paper}
            stroke={style.color}
          />
          <text
            x={labelWidth / 2}
            y={13}
            textAnchor="middle"
            fontSize={11}
            fill={theme.palette.text.primary}
          >
            {label}
          </text>
        </g>
      )}
    </g>
  );
}
