import { parseEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import {
  PersonaHolder,
  PersonaListPage,
} from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { useViewListPages } from '../../hooks/useViewListPages';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { ShowMoreButton } from '../ShowMoreButton';

const PAGE_SIZE = 10;

/** A row of the table: material-table keeps its state per row `id`. */
type Row = PersonaHolder & { id: string };

// Headers never wrap, names only between words ("Connect/ors" was hard to
// read): on narrow screens the table scrolls instead
const HEADER_STYLE = { whiteSpace: 'nowrap' } as const;
const NAME_STYLE = { wordBreak: 'normal', overflowWrap: 'normal' } as const;

function isUser(ref: string): boolean {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'user';
}

/**
 * The members of a group holder as the org plugin's members card counts them
 * (its direct members), and the members of its whole subtree when they are
 * more. Servers before `directMemberCount` only sent the subtree count.
 */
function HolderMembers(props: { holder: PersonaHolder; t: PersonaTranslate }) {
  const { holder, t } = props;
  const { memberCount, directMemberCount } = holder;
  if (memberCount === undefined) {
    return <>{t('holdersCard.notApplicable')}</>;
  }
  if (directMemberCount === undefined || directMemberCount === memberCount) {
    return <>{String(memberCount)}</>;
  }
  return (
    <>
      {String(directMemberCount)}
      <Typography variant="caption" color="textSecondary" component="div">
        {t('holdersCard.includingSubGroups', { members: String(memberCount) })}
      </Typography>
    </>
  );
}

function columnsOf(t: PersonaTranslate): TableColumn<Row>[] {
  return [
    {
      title: t('holdersCard.holder'),
      highlight: true,
      headerStyle: HEADER_STYLE,
      cellStyle: NAME_STYLE,
      render: holder => (
        <PersonaRefLink entityRef={holder.ref} missing={holder.missing} />
      ),
    },
    {
      title: t('holdersCard.kind'),
      headerStyle: HEADER_STYLE,
      render: holder =>
        isUser(holder.ref) ? t('holdersCard.user') : t('holdersCard.group'),
    },
    {
      title: t('holdersCard.members'),
      headerStyle: HEADER_STYLE,
      render: holder => <HolderMembers holder={holder} t={t} />,
    },
  ];
}

/** The holders, with "Show more" under them when the view cut them short. */
export function HoldersTable(props: {
  entityRef: string;
  holders: PersonaHolder[];
  page?: PersonaListPage;
}) {
  const pages = useViewListPages(props.entityRef, props.holders, props.page);
  const holders = pages.items;
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object and per row id, and writes
  // its own state into the rows it gets: keep both between renders
  const columns = useMemo(() => columnsOf(t), [t]);
  const rows = useMemo(
    () => holders.map(holder => ({ ...holder, id: holder.ref })),
    [holders],
  );
  return (
    <>
      <Table<Row>
        columns={columns}
        data={rows}
        options={{
          toolbar: false,
          paging: holders.length > PAGE_SIZE,
          pageSize: PAGE_SIZE,
          padding: 'dense',
        }}
      />
      <ShowMoreButton pages={pages} />
    </>
  );
}
