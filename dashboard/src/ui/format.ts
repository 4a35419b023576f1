/** Plain words for the codes the services use. */
const WORDS: Record<string, string> = {
  OPEN: 'Open', ACTIVE: 'Active', DECEASED: 'Deceased', BEREAVEMENT: 'Bereavement', CLOSED: 'Closed',
  DISCHARGED: 'Discharged', TRANSFERRED: 'Transferred',
  draft: 'Draft', requested: 'Requested', accepted: 'Accepted', rejected: 'Declined', 'in-progress': 'In progress',
  'on-hold': 'On hold', completed: 'Completed', failed: 'Could not be met', cancelled: 'Cancelled',
  'entered-in-error': 'Entered in error',
  routine: 'Routine', urgent: 'Urgent', asap: 'As soon as possible', stat: 'Immediately',
  'got-help': 'Got help', 'not-eligible': 'Not eligible', 'no-capacity': 'No capacity',
  'could-not-contact': 'Could not contact', 'couldnt-contact': 'Could not contact', 'no-longer-interested': 'No longer interested',
  'referred-elsewhere': 'Referred elsewhere',
  'no-answer': 'No answer', declined: 'Declined', skipped: 'Skipped',
  LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High',
  PENDING: 'Due', DONE: 'Done',
  'financial-assistance': 'Financial assistance', 'spiritual-care': 'Spiritual care',
  'holistic-therapy': 'Holistic therapy', 'bereavement-support': 'Bereavement support',
  'caregiver-support': 'Caregiver support', hospice: 'Hospice', community: 'Community services',
  counseling: 'Counseling', legal: 'Legal', transport: 'Transport',
};

export function words(code: string | null | undefined): string {
  if (!code) return '—';
  return WORDS[code] ?? sentence(code);
}

/** CODE_STATUS or code-status → "Code status". */
export function sentence(code: string): string {
  const text = code.replace(/[_-]+/g, ' ').toLowerCase().trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = iso.length === 10 ? new Date(iso + 'T00:00:00') : new Date(iso);
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Today as an ISO date in the browser's time zone (what "due today" means to the person reading). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function patientName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`;
}

export function age(dateOfBirth: string, on: Date = new Date()): number {
  const born = new Date(dateOfBirth + 'T00:00:00');
  let years = on.getFullYear() - born.getFullYear();
  const m = on.getMonth() - born.getMonth();
  if (m < 0 || (m === 0 && on.getDate() < born.getDate())) years--;
  return years;
}
