/** What review cycles and reminders put on Today: being built. */
export function TodayReminders({ today }: { today: string }) {
  void today;
  return null;
}
