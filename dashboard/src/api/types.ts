/*
 * The dashboard's names for what the services send, taken from the types that `npm run generate` writes from their
 * committed OpenAPI documents (docs/api), which each service's OpenApiDocumentIntegrationTests keeps equal to what it serves.
 * A change of a service's API changes these types, and the type check shows every place the dashboard must follow.
 */
import type { components as CaseComponents } from './generated/case-service';
import type { components as NotificationComponents } from './generated/notification-service';
import type { components as ReferralComponents } from './generated/referral-service';

type CaseSchemas = CaseComponents['schemas'];
type ReferralSchemas = ReferralComponents['schemas'];
type NotificationSchemas = NotificationComponents['schemas'];

/**
 * A response as a service writes it: every component of its record is there. The documents leave response
 * properties optional (springdoc does not call a record's components required), and say nothing of which may be
 * null, so the code goes on treating those it knows may be null with `?.` and `??`.
 */
export type Sent<T> = T extends (infer E)[] ? Sent<E>[] : T extends object ? { [K in keyof T]-?: Sent<T[K]> } : T;

/** A schema of a service's document, by the name it has there. */
export type CaseSchema<N extends keyof CaseSchemas> = CaseSchemas[N];
export type ReferralSchema<N extends keyof ReferralSchemas> = ReferralSchemas[N];
export type NotificationSchema<N extends keyof NotificationSchemas> = NotificationSchemas[N];

// ---- the signed-in person: served by gateway-service, which publishes no document of its own

export type Role = 'social-worker' | 'supervisor' | 'hospice-staff' | 'admin' | 'auditor';

export interface Me {
  username: string;
  name?: string;
  email?: string;
  roles: Role[];
  team?: string;
  org?: string;
}

// ---- case-service

export type CareCase = Sent<CaseSchema<'CaseResponse'>>;
/** case-service's today (its date rules' day) and the zone it is counted in. */
export type ServiceDay = Sent<CaseSchema<'ServiceDayResponse'>>;
/** A social worker of the supervisor's team, and when case-service last saw them with it. */
export type TeamWorker = Sent<CaseSchema<'TeamWorkerResponse'>>;
export type CaseStatus = CareCase['status'];
/** A move the case may make now, for this person, and what the move needs (a reason, the date of death). */
export type CaseTransition = CareCase['allowedTransitions'][number];
export type Patient = CareCase['patient'];
export type Diagnosis = CareCase['diagnosis'];
export type TreatmentSummary = CareCase['treatmentSummary'];
export type Treatment = TreatmentSummary['treatments'][number];

/** Every case status, in the lifecycle's order (a record, so that a status the service adds fails the type check). */
const EVERY_CASE_STATUS: Record<CaseStatus, true> = {
  OPEN: true, ACTIVE: true, DECEASED: true, BEREAVEMENT: true, CLOSED: true, DISCHARGED: true, TRANSFERRED: true,
};
export const CASE_STATUSES = Object.keys(EVERY_CASE_STATUS) as CaseStatus[];
/** The statuses of a case still being worked: the caseload shows these unless asked otherwise. */
export const CURRENT_STATUSES: string[] = ['OPEN', 'ACTIVE', 'DECEASED', 'BEREAVEMENT'] satisfies CaseStatus[];

export type FamilyMember = Sent<CaseSchema<'FamilyMemberResponse'>>;
export type Risk = FamilyMember['bereavementRisk'];

export type Assessment = Sent<CaseSchema<'AssessmentResponse'>>;
export type DomainScore = Sent<CaseSchema<'DomainScore'>>;
export const DOMAINS = ['social', 'emotional', 'spiritual', 'family', 'financial', 'practical'] as const satisfies (keyof Assessment)[];
export type Domain = (typeof DOMAINS)[number];

export type Wishes = Sent<CaseSchema<'WishesResponse'>>;
export type HealthCareProxy = Wishes['healthCareProxy'];

/** One access to a case or a record under it (the case's access log): no health data. */
export type AccessRecord = Sent<CaseSchema<'AccessRecordResponse'>>;
export type TimelineEntry = Sent<CaseSchema<'TimelineEntryResponse'>>;

// ---- referral-service

export type DirectoryService = Sent<ReferralSchema<'DirectoryServiceResponse'>>;
export type ReferralCategory = DirectoryService['category'];

/** Every category of service, in the order the wizard offers them. */
const EVERY_CATEGORY: Record<ReferralCategory, true> = {
  hospice: true, community: true, 'financial-assistance': true, counseling: true, 'spiritual-care': true,
  'holistic-therapy': true, 'bereavement-support': true, legal: true, transport: true, 'caregiver-support': true,
};
export const REFERRAL_CATEGORIES = Object.keys(EVERY_CATEGORY) as ReferralCategory[];
export type ServiceStatus = DirectoryService['status'];
export type ServiceCapacity = DirectoryService['capacity'];
export const SERVICE_STATUSES: ServiceStatus[] = ['active', 'temporarily closed', 'inactive', 'defunct'];
export const SERVICE_CAPACITIES: ServiceCapacity[] = ['capacity', 'waitlist', 'no-capacity'];
export type DirectoryPage = Sent<ReferralSchema<'PageResponseDirectoryServiceResponse'>>;
export type Organization = Sent<ReferralSchema<'OrganizationResponse'>>;
export type OrganizationRequest = ReferralSchema<'OrganizationRequest'>;
export type ServiceRequest = ReferralSchema<'ServiceRequest'>;

/** A search of the directory: one page of the services of a category, matching words (`available`: only those
 * active and with capacity, taking referrals now), of an organization. */
export interface DirectoryQuery {
  category?: ReferralCategory;
  q?: string;
  available?: boolean;
  /** One organization's services (the admin's page of an organization). */
  organizationId?: string;
  page?: number;
  size?: number;
}

/** A new referral: the case, the service, why and how soon, the consent and its scope, what is shared. */
export type CreateReferralRequest = ReferralSchema<'CreateReferralRequest'>;
/** What a referral shares with the receiver, as the worker sends it (only the parts the consent's scope covers). */
export type SharedToSend = ReferralSchema<'SharedSummary'>;
/** The parts of the case a consent may cover (`consent.scope`): who, how to reach them, the clinical picture. */
export type SharePart = NonNullable<ReferralSchema<'ConsentRequest'>['scope']>[number];
/** case-service's wish codes, as written there. */
export type PlaceOfDeath = NonNullable<SharedToSend['preferredPlaceOfDeath']>;
export type ReferralOutcome = NonNullable<ReferralSchema<'StatusRequest'>['outcome']>;
export type ReferralStatusRequest = ReferralSchema<'StatusRequest'>;

/** A shape whose fields the service may send as null (the documents do not say which). */
type MayBeNull<T> = { [K in keyof T]?: T[K] | null };
/** What a referral shared, as stored and sent back: a part not shared is null. */
export interface SharedSummary {
  patient?: MayBeNull<ReferralSchema<'Patient'>> | null;
  primaryContact?: MayBeNull<ReferralSchema<'PrimaryContact'>> | null;
  diagnosis?: MayBeNull<ReferralSchema<'Diagnosis'>> | null;
  preferredPlaceOfDeath?: PlaceOfDeath | null;
  note?: string | null;
}
/**
 * A referral as both ends see it. The fields that are null until something happens (the outcome, what was shared,
 * the answer time of a draft, the escalation) say so.
 */
export type Referral = Omit<Sent<ReferralSchema<'ReferralResponse'>>, 'outcome' | 'shared' | 'answerDueAt' | 'escalatedAt'> & {
  outcome: ReferralOutcome | null;
  /** Exactly what was shared, or null when nothing was. */
  shared: SharedSummary | null;
  /** When it became `requested` plus the priority's answer time; null for a draft. */
  answerDueAt: string | null;
  escalatedAt: string | null;
};
/** A move this side may make now, what it needs (a reason, an outcome) and the outcomes it accepts. */
export type ReferralTransition = Referral['allowedTransitions'][number];
export type ReferralStatus = Referral['status'];
/** One message on a referral, from either end of the loop. */
export type ReferralMessage = Sent<ReferralSchema<'MessageResponse'>>;
export type Priority = Referral['priority'];
export type StatusChange = Referral['history'][number];

// ---- notification-service

export type Notification = Sent<NotificationSchema<'NotificationResponse'>>;
export type BereavementPlan = Sent<NotificationSchema<'PlanResponse'>>;
export type FollowUp = BereavementPlan['followUps'][number];
export type DueFollowUp = Sent<NotificationSchema<'DueFollowUpResponse'>>;
/** Follow-ups that have fallen due, of the caller's cases (a supervisor: the team's). */
export type FollowUpSummary = Sent<NotificationSchema<'FollowUpSummaryResponse'>>;
