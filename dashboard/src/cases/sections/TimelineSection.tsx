import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/careloop';
import type { CareCase, TimelineEntry } from '../../api/types';
import { useLiveRefresh } from '../../ui/NotificationCenter';
import { dateTime, sentence, words } from '../../ui/format';
import { Field } from '../../ui/Field';
import { Empty, Loading, ProblemNotice } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';
import { useSubmit } from '../../ui/useSubmit';

/** One line of the timeline in plain words. */
export function describe(entry: TimelineEntry): string {
  const d = entry.detail ?? {};
  switch (entry.kind) {
    case 'NOTE': return entry.text ?? '';
    case 'CASE_OPENED': return 'Case opened';
    case 'STATUS_CHANGED': return `Status changed to ${words(String(d.to ?? ''))}${entry.text ? `: ${entry.text}` : ''}`;
    case 'PATIENT_DIED': return `Death recorded${d.dateOfDeath ? ` (${d.dateOfDeath})` : ''}`;
    case 'CASE_ASSIGNED': return `Reassigned from ${d.from ?? '—'} to ${d.to ?? '—'}`;
    case 'DATE_OF_DEATH_CORRECTED': return `Date of death corrected to ${d.to ?? ''}${entry.text ? `: ${entry.text}` : ''}`;
    case 'DEATH_ENTERED_IN_ERROR': return `Death entered in error${entry.text ? `: ${entry.text}` : ''}`;
    case 'BEREAVEMENT_PLAN_ACTIVATED': return 'Bereavement plan started for a family member';
    case 'BEREAVEMENT_PLAN_ENDED': return `Bereavement plan ${String(d.status ?? 'ended')}`;
    case 'ASSESSMENT_RECORDED': return 'Psychosocial assessment recorded';
    case 'WISHES_UPDATED': return 'Wishes and advance care planning updated';
    case 'TREATMENT_SUMMARY_UPDATED': return 'Treatment summary updated';
    case 'FAMILY_MEMBER_ADDED': return `Family member added${d.relationship ? ` (${d.relationship})` : ''}`;
    case 'REFERRAL_REQUESTED': return `Referral sent${d.category ? ` to ${words(String(d.category))}` : ''}`;
    case 'REFERRAL_STATUS_CHANGED': return `Referral ${words(String(d.to ?? '')).toLowerCase()}${d.outcome ? ` (${words(String(d.outcome))})` : ''}`;
    case 'REFERRAL_MESSAGE_POSTED': return `Message on a referral from ${d.side === 'receiver' ? 'the receiving organization' : "the social worker's side"}`;
    case 'REFERRAL_ANSWER_OVERDUE': return `Referral unanswered past its answer time${d.priority ? ` (${String(d.priority)}, ${words(String(d.category ?? '')).toLowerCase()})` : ''}`;
    default: return sentence(entry.kind) + (entry.text ? `: ${entry.text}` : '');
  }
}

export function TimelineSection({ careCase }: { careCase: CareCase }) {
  const timeline = useLoad(() => api.timeline(careCase.id), [careCase.id]);
  useLiveRefresh(timeline.reload);
  const [note, setNote] = useState('');
  const { submit, sending, problem, fieldError } = useSubmit();
  const save = submit({
    check: () => ({ text: note.trim() ? undefined : 'Write the note first.' }),
    send: () => api.addNote(careCase.id, note.trim()),
    onDone: () => {
      setNote('');
      timeline.reload();
    },
  });
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      <form className="panel" onSubmit={save} noValidate aria-label="Add a note">
        <ProblemNotice error={problem} />
        <Field label="Note" error={fieldError('text')} hint="Counselling, a family meeting, a call…">
          <textarea rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <button type="submit" disabled={sending}>Add note</button>
      </form>
      <ProblemNotice error={timeline.error} onRetry={timeline.reload} />
      {!timeline.data && timeline.loading && <Loading what="the timeline" />}
      {timeline.data && (timeline.data.items.length === 0 ? <Empty>Nothing yet.</Empty> : (
        <ol className="timeline">
          {timeline.data.items.map((entry) => (
            <li key={entry.id} className={entry.kind === 'NOTE' ? 'note' : ''}>
              <p className="meta"><time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time> · {entry.actor}</p>
              <p>{typeof entry.detail?.link === 'string' && entry.detail.link.startsWith('/referrals/')
                ? <Link to={entry.detail.link}>{describe(entry)}</Link> : describe(entry)}</p>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}
