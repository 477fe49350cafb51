import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { personaTranslationRef } from '../../translation';
import { MARK, markWords, matchingResponsibilities } from './matching';
import type { PersonaSearchDocument } from './types';

const MAX_RESPONSIBILITIES = 2;
const MAX_HOLDERS = 5;

const useStyles = makeStyles(
  theme => ({
    section: { marginBottom: theme.spacing(1), overflowWrap: 'anywhere' },
    label: { fontWeight: theme.typography.fontWeightMedium as number },
    list: { margin: 0, paddingLeft: theme.spacing(2), listStyleType: 'disc' },
  }),
  { name: 'PersonaSearchResultSections' },
);

function Marked(props: { text: string; words: string[] }) {
  return (
    <HighlightedSearchResultText
      text={markWords(props.text, props.words)}
      {...MARK}
    />
  );
}

/**
 * The responsibilities with a word of the search term, the words marked; or,
 * when none has one, the first responsibilities.
 */
export function ResultResponsibilities(props: {
  responsibilities: PersonaSearchDocument['responsibilities'];
  words: string[];
}) {
  const { words } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaTranslationRef);
  const all = props.responsibilities ?? [];
  const matching = matchingResponsibilities(all, words);
  const candidates = matching.length > 0 ? matching : all;
  const shown = candidates.slice(0, MAX_RESPONSIBILITIES);
  if (shown.length === 0) {
    return null;
  }
  return (
    <div
      className={classes.section}
      data-testid="persona-search-responsibilities"
    >
      <Typography variant="body2" className={classes.label}>
        {matching.length > 0
          ? t('searchResultItem.matchingResponsibilities')
          : t('searchResultItem.responsibilities')}
      </Typography>
      <ul className={classes.list}>
        {shown.map(({ title, description }) => (
          <Typography component="li" variant="body2" key={title}>
            <Marked text={title} words={words} />
            {description && (
              <Typography
                component="span"
                variant="body2"
                color="textSecondary"
              >
                {' — '}
                <Marked text={description} words={words} />
              </Typography>
            )}
          </Typography>
        ))}
        {candidates.length > shown.length && (
          <Typography component="li" variant="body2" color="textSecondary">
            {t('searchResultItem.moreResponsibilities', {
              count: candidates.length - shown.length,
            })}
          </Typography>
        )}
      </ul>
    </div>
  );
}

/** Who holds the persona: links to their entity pages. */
export function ResultHolders(props: {
  holders: PersonaSearchDocument['holders'];
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(personaTranslationRef);
  const holders = props.holders ?? [];
  return (
    <Typography
      variant="body2"
      className={classes.section}
      data-testid="persona-search-holders"
    >
      <span className={classes.label}>{t('searchResultItem.heldBy')}: </span>
      {holders.length === 0 && (
        <Typography component="span" variant="body2" color="textSecondary">
          {t('searchResultItem.noHolders')}
        </Typography>
      )}
      {holders.slice(0, MAX_HOLDERS).map((holder, index) => (
        <span key={holder.ref}>
          {index > 0 && ', '}
          <EntityRefLink entityRef={holder.ref} title={holder.title} />
        </span>
      ))}
      {holders.length > MAX_HOLDERS &&
        ` ${t('searchResultItem.moreHolders', {
          count: holders.length - MAX_HOLDERS,
        })}`}
    </Typography>
  );
}

/** What the result is: a Persona, of which type and framework. */
export function ResultChips(props: { result: PersonaSearchDocument }) {
  const { personaType, framework } = props.result;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Box>
      <Chip label={t('searchResultItem.kind')} size="small" />
      {personaType && (
        <Chip
          label={t('searchResultItem.type', { type: personaType })}
          size="small"
        />
      )}
      {framework && (
        <Chip
          label={t('searchResultItem.framework', { framework })}
          size="small"
        />
      )}
    </Box>
  );
}
