import { Route, Routes } from 'react-router-dom';
import { PersonaExplorer } from '../PersonaExplorer';
import { PersonaValidator } from '../PersonaValidator';

/**
 * What the Personas page shows under where it is mounted: the explorer at
 * its root, the validator at `/validate` (see `validateRouteRef`). One mount
 * serves both, in both frontend systems.
 */
export function PersonaPageRoutes(props: {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
}) {
  return (
    <Routes>
      <Route path="/" element={<PersonaExplorer docsUrl={props.docsUrl} />} />
      <Route path="/validate" element={<PersonaValidator />} />
    </Routes>
  );
}
