import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { FormEvent, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { ReadinessFilters, RollupGroupBy } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { GROUP_BY_LABELS, ROLLUP_GROUP_BYS } from '../../lib/rollup';
import { splitList } from './rollupParams';

/** Until the kinds that exist are known (or when they cannot be read). */
const DEFAULT_KINDS = ['Component', 'Resource', 'API'];
const TEXT_FILTERS = ['type', 'lifecycle', 'tag'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];
const LABELS: Record<TextFilter, string> = {
  type: 'Type',
  lifecycle: 'Lifecycle',
  tag: 'Tag',
};

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
  field: { minWidth: 160, maxWidth: '100%' },
  owner: { minWidth: 240, maxWidth: '100%' },
}));

export interface RollupFilterBarProps {
  groupBy: RollupGroupBy;
  filters: ReadinessFilters;
  onChange: (groupBy: RollupGroupBy, filters: ReadinessFilters) => void;
}

/**
 * Group-by selector and the filters. Each filter suggests the values that
 * exist among what the user may read (GET /filter-values); type, lifecycle
 * and tag also take typed, comma-separated values, applied on submit.
 */
export function RollupFilterBar(props: RollupFilterBarProps) {
  const { groupBy, filters, onChange } = props;
  const classes = useStyles();
  const api = useApi(readinessApiRef);
  // Suggestions are a help: without them the fields still take typed values.
  const { value: suggestions } = useAsync(
    () => api.getFilterValues().catch(() => undefined),
    [api],
  );
  const [chosen, setChosen] = useState<Record<TextFilter, string[]>>({
    type: [],
    lifecycle: [],
    tag: [],
  });
  const [typed, setTyped] = useState<Record<TextFilter, string>>({
    type: '',
    lifecycle: '',
    tag: '',
  });
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    setChosen({
      type: filters.type ?? [],
      lifecycle: filters.lifecycle ?? [],
      tag: filters.tag ?? [],
    });
    setTyped({ type: '', lifecycle: '', tag: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filtersKey]);

  const valuesOf = (key: TextFilter) => [
    ...new Set([...chosen[key], ...splitList(typed[key])]),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(groupBy, {
      ...filters,
      type: valuesOf('type'),
      lifecycle: valuesOf('lifecycle'),
      tag: valuesOf('tag'),
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
        {kindOptions(suggestions?.kind, filters.kind?.[0]).map(k => (
          <MenuItem key={k} value={k}>
            {k}
          </MenuItem>
        ))}
      </TextField>
      {TEXT_FILTERS.map(key => (
        <Autocomplete
          key={key}
          id={`readiness-filter-${key}`}
          multiple
          freeSolo
          size="small"
          className={classes.field}
          options={suggestions?.[key] ?? []}
          value={chosen[key]}
          inputValue={typed[key]}
          onChange={(_event, value) =>
            setChosen({ ...chosen, [key]: value as string[] })
          }
          onInputChange={(_event, value) => setTyped({ ...typed, [key]: value })}
          renderInput={params => (
            <TextField
              {...params}
              label={LABELS[key]}
              helperText="Pick or type, comma-separated"
            />
          )}
        />
      ))}
      <Button type="submit" variant="contained" color="primary">
        Apply filters
      </Button>
      <Autocomplete
        id="readiness-filter-owner"
        multiple
        size="small"
        className={classes.owner}
        options={suggestions?.owner ?? []}
        value={filters.owner ?? []}
        getOptionLabel={ref =>
          suggestions?.ownerTitles?.[ref] ?? shortRefName(ref)
        }
        onChange={(_event, value) =>
          onChange(groupBy, { ...filters, owner: value })
        }
        renderInput={params => (
          <TextField
            {...params}
            label="Owned by"
            helperText="A group and its sub-teams"
          />
        )}
      />
    </form>
  );
}

/** The kinds that exist among the stored results, and the one chosen (a link may name another). */
function kindOptions(existing: string[] | undefined, chosen: string | undefined): string[] {
  const kinds = existing ?? DEFAULT_KINDS;
  return chosen && !kinds.includes(chosen) ? [...kinds, chosen] : kinds;
}
