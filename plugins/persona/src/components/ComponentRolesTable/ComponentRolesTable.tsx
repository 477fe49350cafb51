import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import { ComponentPersonaRole } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

const columns: TableColumn<ComponentPersonaRole>[] = [
  {
    title: 'Persona',
    highlight: true,
    render: role => (
      <PersonaRefLink entityRef={role.persona.ref} title={role.persona.title} />
    ),
  },
  { title: 'Type', render: role => role.persona.type },
  {
    title: 'Holders',
    render: role =>
      role.holders.length ? (
        <EntityRefLinks entityRefs={role.holders} defaultKind="group" />
      ) : (
        'nobody holds it'
      ),
  },
  {
    title: 'Via',
    render: role =>
      role.via.map(via => (
        <Chip
          key={via}
          size="small"
          variant="outlined"
          label={via === 'ref' ? 'named' : 'selector'}
        />
      )),
  },
];

/** The personas of one mode of a component, with their holders. */
export function ComponentRolesTable(props: {
  title: string;
  roles: ComponentPersonaRole[];
}) {
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
