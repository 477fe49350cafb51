import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PersonaValidator } from '../PersonaValidator';
import { PersonaExplorerTabs } from './PersonaExplorerTabs';

// The guide's Markdown is an asset: loaded only when someone opens the guide.
const AuthoringGuide = lazy(() =>
  import('../AuthoringGuide').then(m => ({ default: m.AuthoringGuide })),
);

/**
 * What the Personas page shows under where it is mounted: the explorer at
 * its root (the coverage, and the team interactions at `?view=interactions`),
 * the validator at `/validate` (see `validateRouteRef`) and the authoring
 * guide at `/authoring` (see `authoringRouteRef`). One mount serves
 * all three, in both frontend systems.
 */
export function PersonaPageRoutes(props: {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
}) {
  return (
    <Routes>
      <Route
        path="/"
        element={<PersonaExplorerTabs docsUrl={props.docsUrl} />}
      />
      <Route path="/validate" element={<PersonaValidator />} />
      <Route
        path="/authoring"
        element={
          <Suspense fallback={<Progress />}>
            <AuthoringGuide />
          </Suspense>
        }
      />
    </Routes>
  );
}
