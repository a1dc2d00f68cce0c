import { useEffect, useState } from 'react';
import { api, call } from '../api';
import { EditableField } from '../ui/EditableField';
import { emailText, notEmails, parseEmails } from './emails';

/**
 * A person's email addresses, edited in place: commits they co-authored or reviewed and
 * meetings they attended are matched to them by these.
 */
export function PersonEmails({ id }: { id: string }) {
  const [emails, setEmails] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.evidence.personEmails({ stakeholderId: id }))
      .then((e) => live && setEmails(e))
      .catch(() => live && setEmails([]));
    return () => {
      live = false;
    };
  }, [id]);
  if (emails === null) return null;
  return (
    <EditableField
      label="Email addresses"
      value={emailText(emails)}
      maxLength={2000}
      placeholder="ana@work.com, ana.lima@partner.org"
      hint="Commits they co-authored or reviewed and meetings they attended are matched by these."
      onCommit={async (text) => {
        const list = parseEmails(text);
        const bad = notEmails(list);
        if (bad.length > 0) throw new Error(`${bad.join(', ')} ${bad.length === 1 ? 'is not an email address' : 'are not email addresses'}`);
        setEmails(await call(api.evidence.setPersonEmails({ stakeholderId: id, emails: list })));
      }}
    />
  );
}
