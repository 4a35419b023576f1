export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export type Role = 'social-worker' | 'supervisor' | 'hospice-staff' | 'admin' | 'auditor';

export interface Me {
  username: string;
  name?: string;
  email?: string;
  roles: Role[];
  team?: string;
  org?: string;
}

export const CASE_STATUSES = ['OPEN', 'ACTIVE', 'DECEASED', 'BEREAVEMENT', 'CLOSED', 'DISCHARGED', 'TRANSFERRED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface Patient {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  phone?: string | null;
  address?: string | null;
}

export interface Diagnosis {
  condition: string;
  site?: string | null;
  stage?: string | null;
  diagnosedOn?: string | null;
}

export interface Treatment {
  kind: string;
  status: string;
  startedOn?: string | null;
  endedOn?: string | null;
  notes?: string | null;
}

export interface TreatmentSummary {
  treatments: Treatment[];
  symptomMedications: string[];
  holisticTherapies: string[];
  notes?: string | null;
  updatedBy?: string | null;
}

export interface CareCase {
  id: string;
  status: CaseStatus;
  assignedWorker: string;
  team: string;
  patient: Patient;
  diagnosis: Diagnosis;
  dateOfDeath?: string | null;
  treatmentSummary?: TreatmentSummary | null;
  openedAt: string;
  updatedAt: string;
  version: number;
}

export type Risk = 'LOW' | 'MODERATE' | 'HIGH';

export interface FamilyMember {
  id: string;
  caseId: string;
  name: string;
  relationship: string;
  phone?: string | null;
  email?: string | null;
  isPrimaryContact: boolean;
  isCaregiver: boolean;
  bereavementRisk: Risk;
  addedAt: string;
}

export const DOMAINS = ['social', 'emotional', 'spiritual', 'family', 'financial', 'practical'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface DomainScore {
  score: number;
  notes?: string | null;
}

export type Assessment = {
  id: string;
  assessedOn: string;
  recordedBy: string;
  summary?: string | null;
} & Record<Domain, DomainScore>;

export interface HealthCareProxy {
  name?: string | null;
  relationship?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface Wishes {
  goalsOfCare?: string | null;
  healthCareProxy?: HealthCareProxy | null;
  polstStatus?: string | null;
  codeStatus?: string | null;
  preferredPlaceOfDeath?: string | null;
  placeOfDeathNotes?: string | null;
  spiritualPreferences?: string | null;
  culturalPreferences?: string | null;
  lastReviewedOn?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

/** One access to a case or a record under it (the case's access log): no health data. */
export interface AccessRecord {
  at: string;
  who: string;
  role: string;
  action: string;
  recordId?: string | null;
  listed: boolean;
  outcome: 'ALLOWED' | 'DENIED';
  clientAddress?: string | null;
  traceId?: string | null;
}

export interface TimelineEntry {
  id: string;
  occurredAt: string;
  kind: string;
  actor: string;
  text?: string | null;
  detail: Record<string, unknown>;
}

export const REFERRAL_CATEGORIES = ['hospice', 'community', 'financial-assistance', 'counseling', 'spiritual-care',
  'holistic-therapy', 'bereavement-support', 'legal', 'transport', 'caregiver-support'] as const;

export interface DirectoryService {
  id: string;
  organization: { id: string; name: string };
  name: string;
  description?: string;
  category: string;
  eligibility?: string;
  serviceArea?: string;
  contact?: { email?: string; phone?: string };
  fees?: string;
  status: string;
  capacity?: string;
}

export type Priority = 'routine' | 'urgent' | 'asap' | 'stat';

export interface StatusChange {
  status: string;
  by: string;
  role: string;
  at: string;
  reason?: string | null;
  outcome?: string | null;
}

export interface Referral {
  id: string;
  caseId: string;
  serviceId: string;
  organizationId: string;
  category: string;
  familyMemberId?: string | null;
  status: string;
  priority: Priority;
  outcome?: string | null;
  reason: string;
  requestedBy: string;
  team: string;
  consent: { obtained: boolean; obtainedFrom?: string; obtainedOn?: string; recordedBy?: string };
  createdAt: string;
  updatedAt: string;
  history: StatusChange[];
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  createdAt: string;
  readAt?: string | null;
}

export interface FollowUp {
  id: string;
  seq: number;
  kind: string;
  dueOn: string;
  status: 'PENDING' | 'DONE' | 'CANCELLED';
  outcome?: string | null;
  note?: string | null;
  recordedBy?: string | null;
  recordedAt?: string | null;
}

export interface BereavementPlan {
  id: string;
  caseId: string;
  familyMemberId: string;
  relationship: string;
  risk: Risk;
  status: string;
  dateOfDeath?: string | null;
  activatedAt?: string | null;
  endedAt?: string | null;
  followUps: FollowUp[];
}

export interface DueFollowUp {
  followUpId: string;
  planId: string;
  caseId: string;
  kind: string;
  dueOn: string;
  relationship: string;
  assignedWorker: string;
}

/** Follow-ups that have fallen due, of the caller's cases (a supervisor: the team's). */
export interface FollowUpSummary {
  done: number;
  doneOnTime: number;
  overdue: number;
  graceDays: number;
}
