/** Whether a file's first characters are a calendar export's (what `import` detects by content). Kept apart from ical.js so the CLI loads it cheaply. */
export function looksLikeCalendar(head: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(head);
}
