import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { ViaChips } from '../ViaChips';
import { TitledRefLink } from '../ViewTitles';
import { MapThrough } from './responsibilityMap';

/**
 * The personas a component of the map comes through, one per line: the
 * mode, the persona, the sub-team holding it when it is not the viewed
 * entity, and how — named, or the selector that matched.
 */
export function MapThroughList(props: { through: MapThrough[] }) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <>
      {props.through.map(th => (
        <Box
          key={`${th.mode}:${th.persona.ref}:${th.team ?? ''}`}
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          style={{ gap: 4 }}
        >
          <Typography component="span" variant="body2" color="textSecondary">
            {t(`modes.${th.mode}`)} ·
          </Typography>
          <Typography component="span" variant="body2">
            <PersonaRefLink
              entityRef={th.persona.ref}
              title={th.persona.title}
            />
          </Typography>
          {th.team && (
            <Typography component="span" variant="body2" color="textSecondary">
              {t('responsibilityMap.heldBy', {
                team: <TitledRefLink entityRef={th.team} />,
              })}
            </Typography>
          )}
          <ViaChips via={th.via} selectors={th.selectors} />
        </Box>
      ))}
    </>
  );
}
