import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who is asking, as a key: what the catalog shows depends on the principal,
 * so per-principal caches and batches are keyed on this.
 */
export function principalKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${principal.type}:${principal.userEntityRef ?? principal.subject ?? ''}`;
}
