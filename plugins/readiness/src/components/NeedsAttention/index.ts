export { NeedsAttention } from './NeedsAttention';
export type { NeedsAttentionProps } from './NeedsAttention';
