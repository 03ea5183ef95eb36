import type { InitiativeState } from '../../api/types';
import { initiativeStateOf } from '../../lib/initiatives';
import { StatusLabel } from '../StatusLabel';

/** "On track", "At risk", …: an icon in the state's colour and the word. */
export function InitiativeStateLabel(props: { state: InitiativeState }) {
  const { label, tone } = initiativeStateOf(props.state);
  return <StatusLabel tone={tone}>{label}</StatusLabel>;
}
