import { InfoCard } from '@backstage/core-components';
import Link from '@material-ui/core/Link';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { EntitySummary, ScorecardResponse } from '../../api/types';

const useStyles = makeStyles(theme => ({
  person: {
    marginBottom: theme.spacing(2),
  },
  members: {
    margin: theme.spacing(0.5, 0, 0, 0),
    paddingLeft: theme.spacing(3),
  },
}));

/** Members listed by name before the rest are summarised as a count. */
const MAX_MEMBERS = 5;

function Contact(props: { person: EntitySummary; defaultKind: string }) {
  const { person, defaultKind } = props;
  return (
    <Typography variant="body1">
      <EntityRefLink
        entityRef={person.entityRef}
        defaultKind={defaultKind}
        title={person.title}
      />
      {person.email && (
        <>
          {' · '}
          {/* A plain link: core-components' Link opens mailto: in a new window. */}
          <Link href={`mailto:${person.email}`}>{person.email}</Link>
        </>
      )}
    </Typography>
  );
}

export interface PeopleCardProps {
  people: ScorecardResponse['people'];
  /** spec.owner as written, to explain an owner the catalog cannot resolve. */
  declaredOwner?: string;
  /** readiness/operational-owner as written. */
  declaredOperationalOwner?: string;
}

/** Who owns the entity and who runs it after launch, with how to reach them. */
export function PeopleCard(props: PeopleCardProps) {
  const { people, declaredOwner, declaredOperationalOwner } = props;
  const classes = useStyles();
  const { ownerGroup, operationalOwner } = people;
  const members = ownerGroup?.members ?? [];

  return (
    <InfoCard
      title="People"
      subheader="Who owns this and who runs it after launch"
      titleTypographyProps={{ component: 'h2' }}
      variant="gridItem"
    >
      <div className={classes.person} data-testid="readiness-owner-group">
        <Typography variant="h6" component="h3">
          Owner group
        </Typography>
        {ownerGroup && <Contact person={ownerGroup} defaultKind="group" />}
        {!ownerGroup && declaredOwner && (
          <Typography variant="body1">
            spec.owner names <code>{declaredOwner}</code>, which is not a group
            in the catalog that you can see.
          </Typography>
        )}
        {!ownerGroup && !declaredOwner && (
          <Typography variant="body1">
            No owner: set <code>spec.owner</code> to a group.
          </Typography>
        )}
        {ownerGroup && members.length > 0 && (
          <ul
            className={classes.members}
            aria-label="Members of the owner group"
          >
            {members.slice(0, MAX_MEMBERS).map(member => (
              <li key={member.entityRef}>
                <Contact person={member} defaultKind="user" />
              </li>
            ))}
            {members.length > MAX_MEMBERS && (
              <li>
                <Typography variant="body2">
                  and {members.length - MAX_MEMBERS} more
                </Typography>
              </li>
            )}
          </ul>
        )}
        {ownerGroup && members.length === 0 && (
          <Typography variant="body2">The group has no members.</Typography>
        )}
      </div>
      <div data-testid="readiness-operational-owner">
        <Typography variant="h6" component="h3">
          Operational owner
        </Typography>
        {operationalOwner && (
          <Contact person={operationalOwner} defaultKind="user" />
        )}
        {!operationalOwner && declaredOperationalOwner && (
          <Typography variant="body1">
            readiness/operational-owner names{' '}
            <code>{declaredOperationalOwner}</code>, which is not a user in the
            catalog that you can see.
          </Typography>
        )}
        {!operationalOwner && !declaredOperationalOwner && (
          <Typography variant="body1">
            Nobody named: add{' '}
            <code>readiness/operational-owner: user:&lt;name&gt;</code>.
          </Typography>
        )}
      </div>
    </InfoCard>
  );
}
