import { parseEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { PersonaHolder } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

function isUser(ref: string): boolean {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'user';
}

function membersOf(holder: PersonaHolder): string {
  if (holder.memberCount !== undefined) {
    return String(holder.memberCount);
  }
  return isUser(holder.ref) ? '1 (a person)' : '—';
}

const columns: TableColumn<PersonaHolder>[] = [
  {
    title: 'Holder',
    highlight: true,
    render: holder => (
      <PersonaRefLink entityRef={holder.ref} missing={holder.missing} />
    ),
  },
  {
    title: 'Kind',
    render: holder => (isUser(holder.ref) ? 'User' : 'Group'),
  },
  { title: 'Members', render: membersOf },
];

/**
 * Props of {@link EntityPersonaHoldersCard}.
 *
 * @public
 */
export type EntityPersonaHoldersCardProps = {
  title?: string;
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The Groups and Users that hold a Persona directly, with how many people
 * each group counts (its sub-groups included), for the Persona's page.
 *
 * @public
 */
export function EntityPersonaHoldersCard(props: EntityPersonaHoldersCardProps) {
  return (
    <PersonaDetailCard title={props.title ?? 'Holders'}>
      {view =>
        view.holders.length === 0 ? (
          <PersonaEmptyState
            title="Nobody holds this persona yet"
            description="List the Groups and Users that take it under spec.holders of its definition; sub-groups and members then hold it too."
            docsUrl={props.docsUrl}
            showExample={false}
          />
        ) : (
          <Table<PersonaHolder>
            columns={columns}
            data={view.holders.map(holder => ({ ...holder }))}
            options={{
              toolbar: false,
              paging: view.holders.length > PAGE_SIZE,
              pageSize: PAGE_SIZE,
              padding: 'dense',
            }}
          />
        )
      }
    </PersonaDetailCard>
  );
}
