import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import type { TierSummary } from '../../api/types';
import { YamlFix } from '../YamlFix';
import { pilotFixYaml } from './pilotFixYaml';

export interface GetStartedProps {
  scorecard: Scorecard;
  tiers: TierSummary[];
}

/**
 * For an entity with no readiness evidence yet: one snippet that gets it to
 * the first tier, instead of a page of failures to read one by one.
 */
export function GetStarted(props: GetStartedProps) {
  const { scorecard, tiers } = props;
  const first = tiers[0];
  const yaml = first ? pilotFixYaml(scorecard, first.id) : undefined;
  const title = first?.title ?? 'the first tier';

  return (
    <InfoCard
      title="Get started with readiness"
      titleTypographyProps={{ component: 'h2' }}
    >
      <div data-testid="readiness-get-started">
        <Typography variant="body1" paragraph>
          This entity has no readiness evidence yet. Readiness is read from
          annotations, links and fields in its <code>catalog-info.yaml</code>;
          nothing else needs installing.
        </Typography>
        {yaml ? (
          <>
            <Typography variant="body1" paragraph>
              Fill in the placeholders below and merge them into{' '}
              <code>catalog-info.yaml</code> to reach {title}. The checks
              further down explain each line.
            </Typography>
            <YamlFix
              yaml={yaml}
              label={`reaching ${title}`}
              data-testid="readiness-get-started-fix"
            />
          </>
        ) : (
          <Typography variant="body1">
            The checks below say what {title} needs.
          </Typography>
        )}
      </div>
    </InfoCard>
  );
}
