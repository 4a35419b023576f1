import { useId, type ReactNode } from 'react';
import type { Referral } from '../api/types';
import { date, sentence } from '../ui/format';

/**
 * What the referral shared about the patient, as the receiver sees it: who they are, how to reach them, the diagnosis,
 * the wish and the social worker's note. A part the consent did not cover says "Not shared"; nothing else of the case
 * is shown, because referral-service holds nothing else.
 */
export function SharedSummary({ referral }: { referral: Pick<Referral, 'shared' | 'consent'> }) {
  const scope = referral.consent.scope ?? [];
  const shared = referral.shared;
  const patient = shared?.patient;
  const contact = shared?.primaryContact;
  const name = [patient?.givenName, patient?.familyName].filter(Boolean).join(' ');
  return (
    <div className="shared-summary">
      <Part title="Who" covered={scope.includes('IDENTITY')}><dl>
        <Row label="Name" value={name} />
        <Row label="Date of birth" value={patient?.dateOfBirth && date(patient.dateOfBirth)} />
      </dl></Part>
      <Part title="How to reach them" covered={scope.includes('CONTACT')}><dl>
        <Row label="Phone" value={patient?.phone && <a href={`tel:${patient.phone}`}>{patient.phone}</a>} />
        <Row label="Address" value={patient?.address} />
        <Row label="Primary contact"
          value={contact && `${contact.name} (${contact.relationship})${contact.phone ? `, ${contact.phone}` : ''}`} />
      </dl></Part>
      <Part title="Diagnosis" covered={scope.includes('CLINICAL')}><dl>
        <Row label="Condition" value={shared?.diagnosis?.condition} />
        <Row label="Stage" value={shared?.diagnosis?.stage} />
      </dl></Part>
      <Part title="Wish" covered={scope.includes('CLINICAL')}><dl>
        <Row label="Preferred place of death" value={shared?.preferredPlaceOfDeath && sentence(shared.preferredPlaceOfDeath)} />
      </dl></Part>
      {shared?.note && (
        <Part title="Note from the social worker" covered>
          <p className="prewrap">{shared.note}</p>
        </Part>
      )}
    </div>
  );
}

function Part({ title, covered, children }: { title: string; covered: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="shared-part">
      <h3 id={id}>{title}</h3>
      {covered ? children : <p className="meta">Not shared</p>}
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return <><dt>{label}</dt><dd>{value || <span className="meta">Not recorded</span>}</dd></>;
}
