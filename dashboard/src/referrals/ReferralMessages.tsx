import { useState } from 'react';
import { api } from '../api/careloop';
import type { Notification, Referral, ReferralMessage } from '../api/types';
import { Field } from '../ui/Field';
import { dateTime } from '../ui/format';
import { useLiveRefresh } from '../ui/NotificationCenter';
import { Empty, ProblemNotice } from '../ui/Notices';
import { useMe } from '../ui/session';
import { useLoad } from '../ui/useLoad';
import { useSubmit } from '../ui/useSubmit';

/** What referral-service takes in one message. */
export const MESSAGE_LIMIT = 4000;

type Side = ReferralMessage['side'];

/** Whether a notification is about this referral (its link is the referral's page, or a place on it). */
export function isAbout(n: Pick<Notification, 'link'>, referralId: string): boolean {
  const page = `/referrals/${referralId}`;
  return !n.link || n.link === page || (n.link.startsWith(page) && /^[/?#]/.test(n.link.slice(page.length)));
}

/**
 * The conversation of both ends of the loop on one referral, oldest first. A message from the other side arrives as
 * a REFERRAL_MESSAGE notification on the notification centre's live stream (the notification carries no text), and the
 * thread loads again; the list is a live region, so a screen reader hears it.
 */
export function ReferralMessages({ referral, side, otherEnd }: { referral: Referral; side: Side; otherEnd: string }) {
  const me = useMe();
  const messages = useLoad(() => api.referralMessages(referral.id), [referral.id]);
  const [posted, setPosted] = useState<ReferralMessage[]>([]);
  const [text, setText] = useState('');
  const { submit, sending, problem, fieldError } = useSubmit();
  useLiveRefresh(messages.reload, (n) => n.kind === 'REFERRAL_MESSAGE' && isAbout(n, referral.id));

  const send = submit({
    check: () => ({
      text: !text.trim() ? 'Write the message first.'
        : text.length > MESSAGE_LIMIT ? `${plural(text.length - MESSAGE_LIMIT, 'character')} too long: ${MESSAGE_LIMIT} at most.` : undefined,
    }),
    send: () => api.postReferralMessage(referral.id, text.trim()),
    onDone: (m) => { setPosted((list) => [...list, m]); setText(''); },
  });

  const known = new Map<string, ReferralMessage>();
  [...(messages.data ?? []), ...posted].forEach((m) => known.set(m.id, m));
  const thread = [...known.values()].sort((a, b) => Date.parse(a.postedAt) - Date.parse(b.postedAt));
  const who = (m: ReferralMessage) => {
    if (m.side === side) return m.by === me.username ? 'You' : `Your side (${m.by})`;
    return m.side === 'receiver' ? `${otherEnd} (${m.by})` : `Social worker (${m.by})`;
  };

  return (
    <section className="card wide" aria-labelledby="messages-h">
      <h2 id="messages-h">Messages</h2>
      <ProblemNotice error={messages.error} onRetry={messages.reload} />
      <div role="log" aria-live="polite" aria-label="Messages">
        <ol className="messages">
          {thread.map((m) => (
            <li key={m.id} className={m.side === side ? 'message mine' : 'message'}>
              <p className="meta"><strong>{who(m)}</strong> · <time dateTime={m.postedAt}>{dateTime(m.postedAt)}</time></p>
              <p className="prewrap">{m.text}</p>
            </li>
          ))}
        </ol>
      </div>
      {messages.data && thread.length === 0 && <Empty>No message yet. Both ends of the referral read what is written here.</Empty>}
      <form onSubmit={send} noValidate aria-label="New message">
        <ProblemNotice error={problem} />
        <Field label="Your message" error={fieldError('text')}
          hint={`${text.length} of ${MESSAGE_LIMIT} characters. The other side is told there is a message, not what it says.`}>
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <div className="button-row">
          <button type="submit" disabled={sending}>{sending ? 'Sending…' : 'Send message'}</button>
        </div>
      </form>
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
