/**
 * The recency-bias warning of the new-review form: the months of the chosen period with
 * little or nothing written ("March and April have 2 entries between them"), each with a
 * one-click backfill that opens a new entry dated in that stretch.
 */
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { emptyDoc, type ReviewFigures } from '../../../common/contract';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { showToast } from '../ui/toast';
import { formProblem, type ReviewForm, settingsInput } from './settings-input';

type Quiet = ReviewFigures['quiet'][number];

function monthName(key: string): string {
  return format(new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1), 'MMMM');
}

/** "March and April have 2 entries between them", "June has no entry". */
export function quietSentence(q: Quiet): string {
  const names = q.months.map(monthName);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const many = names.length > 1;
  if (q.entries === 0) return `${list} ${many ? 'have' : 'has'} no entries: add what you did then.`;
  return `${list} ${many ? 'have' : 'has'} ${q.entries} ${q.entries === 1 ? 'entry' : 'entries'}${many ? ' between them' : ''}: add what you did then.`;
}

export function QuietMonths({ form, today }: { form: ReviewForm; today: string }) {
  const [quiet, setQuiet] = useState<Quiet[]>([]);
  const key = JSON.stringify(form);
  useEffect(() => {
    if (formProblem(form)) return setQuiet([]);
    let live = true;
    const timer = setTimeout(() => {
      call(api.reviews.preview(settingsInput(form, today)))
        .then((draft) => live && setQuiet(draft.figures.quiet))
        .catch(() => live && setQuiet([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, today]);

  const backfill = async (q: Quiet) => {
    try {
      const entry = await call(
        api.entries.create({ body: emptyDoc(), occurredOn: q.from, ownershipLevel: 'task' }),
      );
      navigate(`/entry/${entry.id}`);
    } catch (e) {
      showToast(e instanceof Error ? e.message : String(e));
    }
  };

  if (quiet.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Quiet months">
      <p>A review remembers the last weeks best.</p>
      <ul>
        {quiet.map((q) => (
          <li key={q.from}>
            {quietSentence(q)}{' '}
            <button type="button" className="button-link" onClick={() => void backfill(q)}>
              Write an entry for the week of {format(new Date(`${q.from}T12:00:00`), 'd MMM')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
