/** Email address lists as the user types them: separated by commas, semicolons, spaces or new lines. */
export function parseEmails(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const e = raw.trim().replace(/^<|>$/g, '').toLowerCase();
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}

/** The ones that are not email addresses, for a message before anything is sent. */
export function notEmails(list: string[]): string[] {
  return list.filter((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
}

export const emailText = (list: string[]) => list.join(', ');
