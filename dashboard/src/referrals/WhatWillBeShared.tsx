import type { ReactNode } from 'react';
import type { SharePart } from '../api/types';
import { Field } from '../ui/Field';
import { date, sentence } from '../ui/format';
import { PART_NAMES, SHARE_PARTS, type SharingSource } from './sharing';

/**
 * The wizard's "What will be shared": the case's details part by part, each with its own tick for what the patient
 * or their proxy consented to share (none ticked at first), and a note for the service. Only ticked parts are sent.
 */
export function WhatWillBeShared({ source, scope, onScope, note, onNote, noteError }: {
  source?: SharingSource;
  scope: SharePart[];
  onScope: (scope: SharePart[]) => void;
  note: string;
  onNote: (note: string) => void;
  noteError?: string;
}) {
  const toggle = (part: SharePart, on: boolean) =>
    onScope(SHARE_PARTS.filter((p) => (p === part ? on : scope.includes(p))));
  const rows: Record<SharePart, [string, ReactNode][]> = {
    IDENTITY: [
      ['Name', [source?.identity.givenName, source?.identity.familyName].filter(Boolean).join(' ')],
      ['Date of birth', source?.identity.dateOfBirth && date(source.identity.dateOfBirth)],
    ],
    CONTACT: [
      ['Phone', source?.contact.phone],
      ['Address', source?.contact.address],
      ['Primary contact', source?.primaryContact &&
        `${source.primaryContact.name} (${source.primaryContact.relationship})${source.primaryContact.phone ? `, ${source.primaryContact.phone}` : ''}`],
    ],
    CLINICAL: [
      ['Diagnosis', source?.diagnosis?.condition],
      ['Stage', source?.diagnosis?.stage],
      ['Preferred place of death', source?.preferredPlaceOfDeath && sentence(source.preferredPlaceOfDeath)],
    ],
  };
  return (
    <fieldset className="sharing">
      <legend>What will be shared</legend>
      <p className="hint">Tick each part the patient or their proxy consented to share. Only the ticked parts are sent
        to the service; the rest stays in the case.</p>
      {SHARE_PARTS.map((part) => (
        <fieldset key={part} className="share-part">
          <legend>{PART_NAMES[part]}</legend>
          <label className="check">
            <input type="checkbox" checked={scope.includes(part)} onChange={(e) => toggle(part, e.target.checked)} />
            {' '}Share {PART_NAMES[part].toLowerCase()}: the consent covers it
          </label>
          <dl className="wide-dl">
            {rows[part].map(([label, value]) => (
              <Row key={label} label={label} value={value} />
            ))}
          </dl>
        </fieldset>
      ))}
      <Field label="Note for the service (optional)" error={noteError}
        hint="Your own words for the receiving team: how to reach the family, what to know before a visit.">
        <textarea rows={3} maxLength={2000} value={note} onChange={(e) => onNote(e.target.value)} />
      </Field>
    </fieldset>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return <><dt>{label}</dt><dd>{value || <span className="meta">Not recorded</span>}</dd></>;
}
