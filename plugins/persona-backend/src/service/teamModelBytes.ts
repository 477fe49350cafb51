import { TeamModel } from '../resolution';

/** About the size of a team model as JSON text: it holds Maps and Sets. */
export function teamModelBytes(model: TeamModel): number {
  let bytes = 0;
  for (const component of model.components) {
    bytes += component.ref.length + 40;
    for (const holders of Object.values(component.modes)) {
      for (const [holder, personas] of holders) {
        bytes += holder.length + 8;
        for (const persona of personas) bytes += persona.length + 3;
      }
    }
  }
  for (const { team, persona, holder } of model.holdings) {
    bytes += team.length + persona.length + holder.length + 40;
  }
  return bytes;
}
