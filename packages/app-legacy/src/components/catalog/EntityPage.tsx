import { EntitySwitch, isKind } from '@backstage/plugin-catalog';
import { isPersonaEntity } from '@platform-personas/backstage-plugin-persona';
import { defaultEntityPage } from './defaultPage';
import { groupPage, userPage } from './orgPages';
import { personaPage } from './personaPage';
import {
  componentPage,
  resourcePage,
  systemPage,
} from './platformComponentPages';

/** The page of each entity kind, under /catalog/:namespace/:kind/:name. */
export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isKind('component')} children={componentPage} />
    <EntitySwitch.Case if={isKind('resource')} children={resourcePage} />
    <EntitySwitch.Case if={isKind('system')} children={systemPage} />
    <EntitySwitch.Case if={isKind('group')} children={groupPage} />
    <EntitySwitch.Case if={isKind('user')} children={userPage} />
    <EntitySwitch.Case if={isPersonaEntity} children={personaPage} />

    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);
