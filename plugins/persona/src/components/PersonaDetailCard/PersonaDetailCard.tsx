import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { PersonaDetailView } from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode } from 'react';
import { PersonaViewLoader } from '../PersonaViewLoader';

/**
 * A card of the Persona entity page. The cards of one page share a single
 * view request, so that splitting the page into cards costs no extra calls.
 */
export function PersonaDetailCard(props: {
  title: string;
  children: (view: PersonaDetailView) => ReactNode;
}) {
  const { entity } = useEntity();
  return (
    <InfoCard title={props.title}>
      <PersonaViewLoader entityRef={stringifyEntityRef(entity)} type="persona">
        {props.children}
      </PersonaViewLoader>
    </InfoCard>
  );
}
