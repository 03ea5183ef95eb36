import { Content, Header, Page, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { useReadinessRubric } from '../../hooks/useReadinessRubric';
import { rootRouteRef } from '../../routes';
import { InitiativeBurnUp } from '../InitiativeBurnUp';
import { LoadError } from '../LoadError';
import { InitiativeEntities } from './InitiativeEntities';
import { InitiativeOverview } from './InitiativeOverview';
import { InitiativeTeams } from './InitiativeTeams';

/** Teams per page of the teams table. */
export const TEAMS_PER_PAGE = 10;

const useStyles = makeStyles(theme => ({
  panel: { padding: theme.spacing(2) },
  // As on the Readiness page: grid items and the view take the width they
  // are given, so wide tables scroll in their boxes, never the page.
  item: { minWidth: 0 },
  root: { width: 0, minWidth: '100%' },
  body: { marginTop: theme.spacing(2) },
}));

/**
 * One initiative: its progress, target and deadline, the burn-up with the
 * needed pace, the teams by remaining work (a server-side page at a time)
 * and its entities, remaining work first, for every team or the one picked.
 */
export function InitiativePage() {
  const { id = '' } = useParams();
  const classes = useStyles();
  const readinessApi = useApi(readinessApiRef);
  const rubric = useReadinessRubric();
  const readinessPage = useRouteRef(rootRouteRef)();
  const [teamPage, setTeamPage] = useState(0);
  const [owner, setOwner] = useState<string>();
  const detail = useAsync(
    () =>
      readinessApi.getInitiative(id, {
        offset: teamPage * TEAMS_PER_PAGE,
        limit: TEAMS_PER_PAGE,
      }),
    [readinessApi, id, teamPage],
  );
  const history = useAsync(
    () => readinessApi.getInitiativeHistory(id),
    [readinessApi, id],
  );

  let body;
  if (detail.error) {
    body = <LoadError what="the initiative" error={detail.error} />;
  } else if (!detail.value) {
    body = <Progress />;
  } else {
    const initiative = detail.value;
    body = (
      <Grid container spacing={3}>
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            <InitiativeOverview
              detail={initiative}
              tiers={rubric.tiers}
              checkTitle={rubric.checkTitle}
            />
          </Paper>
        </Grid>
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            {history.error && (
              <LoadError what="the burn-up" error={history.error} />
            )}
            {!history.error && !history.value && <Progress />}
            {history.value && <InitiativeBurnUp history={history.value} />}
          </Paper>
        </Grid>
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            <InitiativeTeams
              detail={initiative}
              loading={detail.loading}
              page={teamPage}
              pageSize={TEAMS_PER_PAGE}
              onPageChange={setTeamPage}
              selectedOwner={owner}
              onSelectOwner={setOwner}
              checkTitle={rubric.checkTitle}
            />
          </Paper>
        </Grid>
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            <InitiativeEntities
              initiativeId={id}
              owner={owner}
              ownerTitle={
                initiative.teams.find(t => t.owner === owner)?.ownerTitle
              }
              onShowAll={() => setOwner(undefined)}
              tiers={rubric.tiers}
              checkTitle={rubric.checkTitle}
            />
          </Paper>
        </Grid>
      </Grid>
    );
  }
  return (
    <Page themeId="tool">
      <Header
        title={detail.value?.initiative.title ?? 'Initiative'}
        subtitle="Readiness initiative"
      />
      <Content>
        <div className={classes.root} data-testid="readiness-initiative-page">
          <Link component={RouterLink} to={readinessPage}>
            Back to the Readiness page
          </Link>
          <div className={classes.body}>{body}</div>
        </div>
      </Content>
    </Page>
  );
}
