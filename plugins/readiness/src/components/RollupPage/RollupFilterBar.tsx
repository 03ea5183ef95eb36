import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import MenuItem from '@material-ui/core/MenuItem';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useEffect, useState } from 'react';
import type { ReadinessFilters, RollupGroupBy } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { GROUP_BY_LABELS, ROLLUP_GROUP_BYS } from '../../lib/rollup';
import { splitList } from './rollupParams';

const KINDS = ['Component', 'Resource', 'API'];

const useStyles = makeStyles(theme => ({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: theme.spacing(2),
    // A paper background and full-strength label colours: MUI's default grey
    // labels on the page's grey background fail WCAG contrast (axe-core).
    padding: theme.spacing(2),
    backgroundColor: theme.palette.background.paper,
    borderRadius: theme.shape.borderRadius,
    '& .MuiFormLabel-root, & .MuiFormHelperText-root': {
      color: theme.palette.text.primary,
    },
  },
  field: { minWidth: 160 },
}));

export interface RollupFilterBarProps {
  groupBy: RollupGroupBy;
  filters: ReadinessFilters;
  onChange: (groupBy: RollupGroupBy, filters: ReadinessFilters) => void;
}

/** Group-by selector and the filters; text filters apply on submit. */
export function RollupFilterBar(props: RollupFilterBarProps) {
  const { groupBy, filters, onChange } = props;
  const classes = useStyles();
  const [text, setText] = useState({ type: '', lifecycle: '', tag: '' });
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    setText({
      type: (filters.type ?? []).join(', '),
      lifecycle: (filters.lifecycle ?? []).join(', '),
      tag: (filters.tag ?? []).join(', '),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filtersKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(groupBy, {
      ...filters,
      type: splitList(text.type),
      lifecycle: splitList(text.lifecycle),
      tag: splitList(text.tag),
    });
  };

  return (
    <form
      className={classes.form}
      onSubmit={submit}
      aria-label="Readiness filters"
    >
      <TextField
        select
        id="readiness-group-by"
        label="Group by"
        value={groupBy}
        className={classes.field}
        onChange={e => onChange(e.target.value as RollupGroupBy, filters)}
      >
        {ROLLUP_GROUP_BYS.map(g => (
          <MenuItem key={g} value={g}>
            {GROUP_BY_LABELS[g]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="readiness-kind"
        label="Kind"
        value={filters.kind?.[0] ?? ''}
        className={classes.field}
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
        onChange={e =>
          onChange(groupBy, {
            ...filters,
            kind: e.target.value ? [e.target.value as string] : [],
          })
        }
      >
        <MenuItem value="">All kinds</MenuItem>
        {KINDS.map(k => (
          <MenuItem key={k} value={k}>
            {k}
          </MenuItem>
        ))}
      </TextField>
      {(['type', 'lifecycle', 'tag'] as const).map(key => (
        <TextField
          key={key}
          id={`readiness-filter-${key}`}
          label={`${key[0].toLocaleUpperCase('en-US')}${key.slice(1)}`}
          helperText="Comma-separated"
          value={text[key]}
          className={classes.field}
          onChange={e => setText({ ...text, [key]: e.target.value })}
        />
      ))}
      <Button type="submit" variant="contained" color="primary">
        Apply filters
      </Button>
      {(filters.owner ?? []).map(owner => (
        <Chip
          key={owner}
          label={`Owner: ${shortRefName(owner)} and sub-teams`}
          onDelete={() =>
            onChange(groupBy, {
              ...filters,
              owner: filters.owner?.filter(o => o !== owner),
            })
          }
          deleteIcon={undefined}
          aria-label={`Owner filter ${owner}`}
        />
      ))}
    </form>
  );
}
