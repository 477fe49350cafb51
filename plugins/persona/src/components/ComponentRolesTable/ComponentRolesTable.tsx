import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import { ComponentPersonaRole } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

function columnsOf(t: PersonaTranslate): TableColumn<ComponentPersonaRole>[] {
  return [
    {
      title: t('rolesTable.persona'),
      highlight: true,
      render: role => (
        <PersonaRefLink
          entityRef={role.persona.ref}
          title={role.persona.title}
        />
      ),
    },
    { title: t('rolesTable.type'), render: role => role.persona.type },
    {
      title: t('rolesTable.holders'),
      render: role =>
        role.holders.length ? (
          <EntityRefLinks entityRefs={role.holders} defaultKind="group" />
        ) : (
          t('rolesTable.nobodyHoldsIt')
        ),
    },
    {
      title: t('rolesTable.via'),
      render: role =>
        role.via.map(via => (
          <Chip
            key={via}
            size="small"
            variant="outlined"
            label={t(`via.${via}`)}
          />
        )),
    },
  ];
}

/** The personas of one mode of a component, with their holders. */
export function ComponentRolesTable(props: {
  title: string;
  roles: ComponentPersonaRole[];
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object, so keep them between renders
  const columns = useMemo(() => columnsOf(t), [t]);
  const paged = props.roles.length > PAGE_SIZE;
  return (
    <Table<ComponentPersonaRole>
      title={props.title}
      columns={columns}
      data={props.roles.map(role => ({ ...role }))}
      options={{
        paging: paged,
        pageSize: PAGE_SIZE,
        search: false,
        padding: 'dense',
      }}
    />
  );
}
