import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { PersonaSelectorMatch } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';

/** A selector's filter as a person reads it: `kind: Component, spec.type: a or b`. */
export function formatSelectorFilter(filter: PersonaSelectorMatch['filter']) {
  return Object.entries(filter)
    .map(
      ([key, value]) =>
        `${key}: ${Array.isArray(value) ? value.join(' or ') : value}`,
    )
    .join(', ');
}

/** The `selector` chip, with the filter that matched on hover and focus. */
function SelectorChip(props: { selectors?: PersonaSelectorMatch[] }) {
  const { t } = useTranslationRef(personaTranslationRef);
  const selectors = props.selectors ?? [];
  const label = t('via.selector');
  if (selectors.length === 0) {
    return <Chip size="small" variant="outlined" label={label} />;
  }
  const text = selectors
    .map(selector =>
      [
        t('selectorChip.tooltip', {
          filter: formatSelectorFilter(selector.filter),
        }),
        selector.ownedByHolder ? t('selectorChip.ownedByHolder') : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{text}</span>}>
      <Chip
        size="small"
        variant="outlined"
        label={label}
        tabIndex={0}
        aria-label={`${label}: ${text}`}
        data-testid="selector-chip"
      />
    </Tooltip>
  );
}

/**
 * How a component got into a persona's modes: `named` when the persona lists
 * it, `selector` when a selector matched it — the filter in a tooltip.
 */
export function ViaChips(props: {
  via: Array<'ref' | 'selector'>;
  selectors?: PersonaSelectorMatch[];
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <>
      {props.via.map(via =>
        via === 'selector' ? (
          <SelectorChip key={via} selectors={props.selectors} />
        ) : (
          <Chip
            key={via}
            size="small"
            variant="outlined"
            label={t('via.ref')}
          />
        ),
      )}
    </>
  );
}
