import { Route, Routes } from 'react-router-dom';
import { AuthoringGuide } from '../AuthoringGuide';
import { PersonaExplorer } from '../PersonaExplorer';
import { PersonaValidator } from '../PersonaValidator';

/**
 * What the Personas page shows under where it is mounted: the explorer at
 * its root, the validator at `/validate` (see `validateRouteRef`) and the
 * authoring guide at `/authoring` (see `authoringRouteRef`). One mount serves
 * all three, in both frontend systems.
 */
export function PersonaPageRoutes(props: {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
}) {
  return (
    <Routes>
      <Route path="/" element={<PersonaExplorer docsUrl={props.docsUrl} />} />
      <Route path="/validate" element={<PersonaValidator />} />
      <Route path="/authoring" element={<AuthoringGuide />} />
    </Routes>
  );
}
