import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import { TeamEdgeData, TeamGraph, TeamNodeData } from './graphModel';
import { modeArrowDefs, TeamGraphEdge } from './TeamGraphEdge';
import { TeamGraphNode } from './TeamGraphNode';

const renderNode = (
  props: DependencyGraphTypes.RenderNodeProps<TeamNodeData>,
) => <TeamGraphNode {...props} />;
const renderEdge = (
  props: DependencyGraphTypes.RenderEdgeProps<TeamEdgeData>,
) => <TeamGraphEdge key={`${props.id.v}>${props.id.w}`} {...props} />;

/**
 * The teams and their interactions as a graph, left to right: providers and
 * facilitators before the teams they serve.
 */
export function TeamInteractionGraph(props: { graph: TeamGraph }) {
  return (
    <div data-testid="team-interaction-graph">
      <DependencyGraph<TeamNodeData, TeamEdgeData>
        nodes={props.graph.nodes}
        edges={props.graph.edges}
        renderNode={renderNode}
        renderEdge={renderEdge}
        defs={modeArrowDefs()}
        direction={DependencyGraphTypes.Direction.LEFT_RIGHT}
        nodeMargin={30}
        rankMargin={140}
        paddingX={20}
        paddingY={20}
        zoom="enable-on-click"
        fit="contain"
        style={{ minHeight: 360, maxHeight: 640, width: '100%' }}
      />
    </div>
  );
}
