import { useState } from 'react';
import { api } from '../../api/careloop';
import { DOMAINS, type CareCase, type CaseSchema, type Domain } from '../../api/types';
import { LineChart } from '../../ui/Charts';
import { date, sentence, today } from '../../ui/format';
import { latestDay, serviceDayHint, useServiceDay } from '../../ui/serviceDay';
import { Field, FormButtons } from '../../ui/Field';
import { Empty, Loading, ProblemNotice } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';
import { useSubmit } from '../../ui/useSubmit';

const SCORES = ['0 — no concern', '1 — mild', '2 — moderate', '3 — severe'];

/** Psychosocial assessment: the six domains scored 0–3 over time, and a form for today's. */
export function AssessmentSection({ careCase }: { careCase: CareCase }) {
  const assessments = useLoad(() => api.assessments(careCase.id), [careCase.id]);
  const [recording, setRecording] = useState(false);
  const list = assessments.data ?? [];
  return (
    <section aria-labelledby="assessment-h">
      <div className="page-head">
        <h2 id="assessment-h">Psychosocial assessment</h2>
        {!recording && careCase.status !== 'CLOSED' && <button type="button" onClick={() => setRecording(true)}>Record assessment</button>}
      </div>
      {recording && <AssessmentForm caseId={careCase.id} onCancel={() => setRecording(false)} onSaved={() => { setRecording(false); assessments.reload(); }} />}
      <ProblemNotice error={assessments.error} onRetry={assessments.reload} />
      {!assessments.data && assessments.loading && <Loading what="assessments" />}
      {assessments.data && (list.length === 0 ? <Empty>No assessment recorded yet.</Empty> : (
        <>
          <LineChart title="Domain scores over time, 0 no concern to 3 severe" max={3}
            labels={list.map((a) => date(a.assessedOn))}
            series={DOMAINS.map((d) => ({ name: sentence(d), values: list.map((a) => a[d]?.score ?? null) }))} />
          <table>
            <caption>Scores by assessment (0 no concern – 3 severe)</caption>
            <thead><tr><th scope="col">Date</th>{DOMAINS.map((d) => <th key={d} scope="col">{sentence(d)}</th>)}<th scope="col">Summary</th></tr></thead>
            <tbody>
              {[...list].reverse().map((a) => (
                <tr key={a.id}>
                  <th scope="row">{date(a.assessedOn)}</th>
                  {DOMAINS.map((d) => <td key={d} title={a[d]?.notes ?? undefined}>{a[d]?.score}</td>)}
                  <td>{a.summary || ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ))}
    </section>
  );
}

function AssessmentForm({ caseId, onCancel, onSaved }: { caseId: string; onCancel: () => void; onSaved: () => void }) {
  const day = useServiceDay();
  const [assessedOn, setAssessedOn] = useState(today());
  const [scores, setScores] = useState<Record<Domain, { score: string; notes: string }>>(
    Object.fromEntries(DOMAINS.map((d) => [d, { score: '', notes: '' }])) as Record<Domain, { score: string; notes: string }>);
  const [summary, setSummary] = useState('');
  const { submit, sending, problem, fieldError } = useSubmit();

  const save = submit({
    check: () => Object.fromEntries(DOMAINS.filter((d) => scores[d].score === '').map((d) => [d + '.score', 'Choose a score.'])),
    send: () => api.recordAssessment(caseId, {
      assessedOn,
      summary: summary.trim() || undefined,
      ...Object.fromEntries(DOMAINS.map((d) => [d, { score: Number(scores[d].score), notes: scores[d].notes.trim() || undefined }])) as
        Record<Domain, CaseSchema<'DomainRequest'>>,
    }),
    onDone: onSaved,
  });

  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Record assessment">
      <ProblemNotice error={problem} />
      <Field label="Assessed on" required error={fieldError('assessedOn')} hint={serviceDayHint(day)}>
        <input type="date" value={assessedOn} max={latestDay(day)} onChange={(e) => setAssessedOn(e.target.value)} />
      </Field>
      <div className="domains">
        {DOMAINS.map((d) => (
          <fieldset key={d}>
            <legend>{sentence(d)}</legend>
            <Field label="Score" required error={fieldError(d + '.score')}>
              <select value={scores[d].score} onChange={(e) => setScores({ ...scores, [d]: { ...scores[d], score: e.target.value } })}>
                <option value="">Choose…</option>
                {SCORES.map((label, v) => <option key={v} value={v}>{label}</option>)}
              </select>
            </Field>
            <Field label="Notes">
              <textarea rows={2} maxLength={2000} value={scores[d].notes} onChange={(e) => setScores({ ...scores, [d]: { ...scores[d], notes: e.target.value } })} />
            </Field>
          </fieldset>
        ))}
      </div>
      <Field label="Summary"><textarea rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} /></Field>
      <FormButtons send="Save assessment" onCancel={onCancel} sending={sending} />
    </form>
  );
}
