/**
 * The views in the navigation, in order. To add a view (e.g. Reviews): add an item here,
 * and its route in App.tsx's `renderView`.
 */
export interface NavItem {
  /** First path segment of the route, e.g. 'timeline' for `#/timeline`. */
  id: string;
  label: string;
  /** Second key of the "g then …" shortcut. */
  key: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'today', label: 'Today', key: 't' },
  { id: 'timeline', label: 'Timeline', key: 'l' },
  { id: 'people', label: 'People', key: 'p' },
  { id: 'visibility', label: 'Visibility', key: 'v' },
  { id: 'goals', label: 'Goals', key: 'g' },
  { id: 'growth', label: 'Growth', key: 'o' },
  { id: 'reviews', label: 'Reviews', key: 'r' },
  { id: 'data', label: 'Backups & data', key: 'd' },
  { id: 'settings', label: 'Settings', key: 's' },
  { id: 'trash', label: 'Trash', key: 'x' },
];
