import { describe, expect, it } from 'vitest';
import { doc, fixedClock, ok, openJournal } from '../test-helpers';
import { checkJournalHabits } from './journal-check';

describe('reminder against a real journal', () => {
  it('is due in the evening of an empty day and not once the day has an entry', () => {
    const clock = fixedClock(new Date(2026, 4, 12, 18, 0));
    const { core, db } = openJournal({ clock });
    const memory = { lastReminderDay: null, lastWeeklyDay: null };
    expect(checkJournalHabits(db, clock, memory).reminderDue).toBe(false); // off by default
    ok(core, 'settings:update', { reminder: { enabled: true, time: '17:30' } });
    expect(checkJournalHabits(db, clock, memory)).toMatchObject({ today: '2026-05-12', reminderDue: true });
    const entry = ok(core, 'entries:create', { body: doc('Shipped the importer'), ownershipLevel: 'task' });
    expect(checkJournalHabits(db, clock, memory).reminderDue).toBe(false);
    // An entry in the trash does not count as journaling.
    ok(core, 'entries:delete', { id: entry.id });
    expect(checkJournalHabits(db, clock, memory).reminderDue).toBe(true);
  });
});
