/** What the visibility features put on Today (nudge, follow-ups due): being built. */
export function TodayVisibility({ today }: { today: string }) {
  void today;
  return null;
}
