import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import type {
  IndexableDocument,
  ResultHighlight,
} from '@backstage/plugin-search-common';
import {
  HighlightedSearchResultText,
  useSearch,
  useSearchContextCheck,
} from '@backstage/plugin-search-react';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { highlightedWords, termWords } from './matching';
import {
  ResultChips,
  ResultHolders,
  ResultResponsibilities,
} from './ResultSections';
import type { PersonaSearchDocument } from './types';

const useStyles = makeStyles(
  {
    item: { display: 'flex', width: '100%' },
    content: { flex: 1, minWidth: 0 },
    text: {
      display: '-webkit-box',
      WebkitBoxOrient: 'vertical',
      overflow: 'hidden',
      overflowWrap: 'anywhere',
    },
  },
  { name: 'PersonaSearchResultListItem' },
);

/**
 * Props of {@link PersonaSearchResultListItem}.
 *
 * @public
 */
export type PersonaSearchResultListItemProps = {
  icon?: ReactNode | ((result: IndexableDocument) => ReactNode);
  result?: IndexableDocument;
  highlight?: ResultHighlight;
  rank?: number;
  /** Lines of the description to show; 2 by default. */
  lineClamp?: number;
};

/** The term of the search page or modal around the item, if any. */
function useSearchTerm(): string | undefined {
  const inSearchContext = useSearchContextCheck();
  // Whether there is a search context never changes between renders
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return inSearchContext ? useSearch().term : undefined;
}

/** A field of the result, with the words that the search engine highlighted. */
function Highlighted(props: {
  text: string;
  field: 'title' | 'text';
  highlight?: ResultHighlight;
}) {
  const { text, field, highlight } = props;
  const marked = highlight?.fields[field];
  return highlight && marked ? (
    <HighlightedSearchResultText
      text={marked}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    <>{text}</>
  );
}

/**
 * A search result of type `persona`: its title linking to its page, its
 * responsibilities that match the search term (without the term, the words
 * that the search engine highlighted) and who holds it.
 */
export function PersonaSearchResultListItem(
  props: PersonaSearchResultListItemProps,
) {
  const { highlight, icon, lineClamp = 2 } = props;
  const result = props.result as PersonaSearchDocument | undefined;
  const classes = useStyles();
  const fromTerm = termWords(useSearchTerm());
  if (!result) {
    return null;
  }
  const words = fromTerm.length > 0 ? fromTerm : highlightedWords(highlight);

  return (
    <div className={classes.item}>
      {icon && (
        <ListItemIcon>
          {typeof icon === 'function' ? icon(result) : icon}
        </ListItemIcon>
      )}
      <div className={classes.content}>
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={result.location}>
              <Highlighted
                text={result.title}
                field="title"
                highlight={highlight}
              />
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="textSecondary"
              className={classes.text}
              style={{ WebkitLineClamp: lineClamp }}
            >
              <Highlighted
                text={result.text}
                field="text"
                highlight={highlight}
              />
            </Typography>
          }
        />
        <ResultResponsibilities
          responsibilities={result.responsibilities}
          words={words}
        />
        <ResultHolders holders={result.holders} />
        <ResultChips result={result} />
      </div>
    </div>
  );
}
