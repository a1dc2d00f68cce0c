/**
 * Channel names only, without schemas: what the preload and the renderer's HTTP client
 * need to build one method per operation without pulling zod into their bundles.
 * A test checks this list against the contract.
 */
export const CHANNEL_NAMES = [
  'entries:create',
  'entries:update',
  'entries:get',
  'entries:delete',
  'entries:restore',
  'entries:purge',
  'entries:list',
  'entries:count',
  'entries:search',
  'people:list',
  'people:get',
  'people:create',
  'people:update',
  'people:archive',
  'people:unarchive',
  'people:delete',
  'people:connect',
  'people:disconnect',
  'goals:list',
  'goals:create',
  'goals:update',
  'goals:delete',
  'tags:list',
  'tags:rename',
  'tags:merge',
  'stats:activity',
  'stats:levelsByMonth',
  'stats:visibility',
] as const;
