import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  PersonaTeam,
  TEAM_TYPE_ANNOTATION,
} from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { TeamApiExportButtons } from './TeamApiExportButtons';

/**
 * The team's Team Topologies type and where it comes from, beside the
 * buttons that download its Team API.
 */
export function TeamTypeHeader(props: {
  team?: PersonaTeam;
  name: string;
  entityRef: string;
}) {
  const { team, name, entityRef } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      justifyContent="space-between"
      gridGap={8}
    >
      <div data-testid="team-type">
        {team ? (
          <>
            <Typography variant="h6" component="p">
              {t('interactions.teamType', {
                type: t(`teamTypes.${team.teamType}`),
              })}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {team.teamTypeSource === 'annotation'
                ? t('interactions.teamTypeAnnotation', {
                    annotation: <code>{TEAM_TYPE_ANNOTATION}</code>,
                  })
                : t('interactions.teamTypeInferred')}
            </Typography>
          </>
        ) : (
          <Typography variant="body1">
            {t('interactions.teamTypeUnknown', { name })}
          </Typography>
        )}
      </div>
      <TeamApiExportButtons entityRef={entityRef} name={name} />
    </Box>
  );
}
