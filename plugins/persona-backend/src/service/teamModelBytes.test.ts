import { TeamModel } from '../resolution';
import { teamModelBytes } from './teamModelBytes';

describe('teamModelBytes', () => {
  it('comes near the length of the model as JSON, Maps and Sets spelled out', () => {
    const holders = (n: number) =>
      new Map(
        Array.from({ length: n }, (_, i) => [
          `group:default/team-${i}`,
          new Set([`persona:default/builder-${i}`, 'persona:default/ops']),
        ]),
      );
    const model: TeamModel = {
      components: Array.from({ length: 20 }, (_, i) => ({
        ref: `component:default/service-${i}`,
        modes: {
          builds: holders(3),
          enables: holders(2),
          consumes: holders(5),
        },
      })),
      holdings: Array.from({ length: 30 }, (_, i) => ({
        team: `group:default/team-${i}`,
        persona: 'persona:default/ops',
        holder: 'group:default/platform',
      })),
    };
    const spelledOut = JSON.stringify(model, (_key, value) => {
      if (value instanceof Map) return Object.fromEntries(value);
      if (value instanceof Set) return [...value];
      return value;
    }).length;
    const estimate = teamModelBytes(model);
    expect(estimate / spelledOut).toBeGreaterThan(0.75);
    expect(estimate / spelledOut).toBeLessThan(1.5);
  });
});
