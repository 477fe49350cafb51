import { parseEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { PersonaHolder } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

function isUser(ref: string): boolean {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'user';
}

function columnsOf(t: PersonaTranslate): TableColumn<PersonaHolder>[] {
  return [
    {
      title: t('holdersCard.holder'),
      highlight: true,
      render: holder => (
        <PersonaRefLink entityRef={holder.ref} missing={holder.missing} />
      ),
    },
    {
      title: t('holdersCard.kind'),
      render: holder =>
        isUser(holder.ref) ? t('holdersCard.user') : t('holdersCard.group'),
    },
    {
      title: t('holdersCard.members'),
      render: holder => {
        if (holder.memberCount !== undefined) {
          return String(holder.memberCount);
        }
        return isUser(holder.ref) ? t('holdersCard.onePerson') : '—';
      },
    },
  ];
}

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
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object, so keep them between renders
  const columns = useMemo(() => columnsOf(t), [t]);
  return (
    <PersonaDetailCard title={props.title ?? t('holdersCard.title')}>
      {view =>
        view.holders.length === 0 ? (
          <PersonaEmptyState
            title={t('holdersCard.emptyTitle')}
            description={t('holdersCard.emptyDescription')}
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
