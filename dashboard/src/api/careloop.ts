import { get, post, put, query } from './http';
import type {
  Assessment, CareCase, CaseSchema, CreateReferralRequest, DirectoryPage, DirectoryQuery, DirectoryService, DueFollowUp,
  FamilyMember, FollowUpSummary, Me, NotificationSchema, Organization, OrganizationRequest, Referral, ReferralMessage,
  ReferralSchema, ReferralStatusRequest, Sent, ServiceDay, ServiceRequest, TeamWorker, TimelineEntry, Wishes,
} from './types';

/** Every call the dashboard makes, through the gateway. */
export const api = {
  me: () => get<Me>('/api/me'),

  cases: (params: { status?: string[]; q?: string; assignedTo?: string; sort?: string; page?: number; size?: number }) =>
    get<Sent<CaseSchema<'PageResponseCaseResponse'>>>('/api/cases' + query(params)),
  case: (id: string) => get<CareCase>(`/api/cases/${id}`),
  /** The day case-service's date rules take as today, and the zone it is counted in. */
  serviceDay: () => get<ServiceDay>('/api/cases/today'),
  openCase: (body: CaseSchema<'OpenCaseRequest'>) => post<CareCase>('/api/cases', body),
  changeStatus: (id: string, body: CaseSchema<'StatusChangeRequest'>) => post<CareCase>(`/api/cases/${id}/status`, body),
  reassign: (id: string, worker: string) => post<CareCase>(`/api/cases/${id}/assignment`, { worker }),
  /** The supervisor's team's social workers a case may be handed to, as case-service knows them. */
  teamWorkers: () => get<TeamWorker[]>('/api/cases/workers'),
  family: (id: string) => get<FamilyMember[]>(`/api/cases/${id}/family-members`),
  addFamilyMember: (id: string, body: CaseSchema<'FamilyMemberRequest'>) =>
    post<FamilyMember>(`/api/cases/${id}/family-members`, body),
  assessments: (id: string) => get<Assessment[]>(`/api/cases/${id}/assessments`),
  recordAssessment: (id: string, body: CaseSchema<'AssessmentRequest'>) =>
    post<Assessment>(`/api/cases/${id}/assessments`, body),
  wishes: (id: string) => get<Wishes>(`/api/cases/${id}/wishes`),
  // what is not recorded is sent as null, which the document's types (optional, never null) cannot say
  saveWishes: (id: string, body: unknown) => put<Wishes>(`/api/cases/${id}/wishes`, body),
  timeline: (id: string, page = 0) =>
    get<Sent<CaseSchema<'PageResponseTimelineEntryResponse'>>>(`/api/cases/${id}/timeline` + query({ page, size: 50 })),
  addNote: (id: string, text: string) => post<TimelineEntry>(`/api/cases/${id}/notes`, { text }),
  accessLog: (id: string, page = 0) =>
    get<Sent<CaseSchema<'PageResponseAccessRecordResponse'>>>(`/api/cases/${id}/access-log` + query({ page, size: 100 })),

  /** One page of the directory's services (`available`: only those active and taking referrals now). */
  searchServices: ({ category, q, available, organizationId, page = 0, size = 10 }: DirectoryQuery) =>
    get<DirectoryPage>('/api/directory/services' + query({ category, q, available: available ? 'true' : undefined, organizationId, page, size })),
  directoryService: (id: string) => get<DirectoryService>(`/api/directory/services/${id}`),
  organizations: () => get<Organization[]>('/api/directory/organizations'),
  organization: (id: string) => get<Organization>(`/api/directory/organizations/${id}`),
  createOrganization: (body: OrganizationRequest) => post<Organization>('/api/directory/organizations', body),
  updateOrganization: (id: string, body: OrganizationRequest) => put<Organization>(`/api/directory/organizations/${id}`, body),
  createService: (body: ServiceRequest) => post<DirectoryService>('/api/directory/services', body),
  updateService: (id: string, body: ServiceRequest) => put<DirectoryService>(`/api/directory/services/${id}`, body),
  referrals: ({ overdue, ...params }: { caseId?: string; status?: string[]; overdue?: boolean; page?: number; size?: number }) =>
    get<Omit<Sent<ReferralSchema<'PageResponseReferralResponse'>>, 'items'> & { items: Referral[] }>(
      '/api/referrals' + query({ ...params, overdue: overdue ? 'true' : undefined })),
  referral: (id: string) => get<Referral>(`/api/referrals/${id}`),
  refer: (body: CreateReferralRequest) => post<Referral>('/api/referrals', body),
  changeReferral: (id: string, body: ReferralStatusRequest) => post<Referral>(`/api/referrals/${id}/status`, body),
  referralMessages: (id: string) => get<ReferralMessage[]>(`/api/referrals/${id}/messages`),
  postReferralMessage: (id: string, text: string) => post<ReferralMessage>(`/api/referrals/${id}/messages`, { text }),

  notifications: (unread?: boolean) => get<Sent<NotificationSchema<'PageResponseNotificationResponse'>>>(
    '/api/notifications' + query({ unread: unread ? 'true' : undefined, size: 20 })),
  markRead: (id: string) => post<void>(`/api/notifications/${id}/read`),
  mailFailures: (page = 0) => get<Sent<NotificationSchema<'PageResponseMailFailureResponse'>>>(
    '/api/notifications/mail-failures' + query({ page, size: 50 })),
  bereavementPlans: (caseId: string) =>
    get<Sent<NotificationSchema<'PageResponsePlanResponse'>>>('/api/bereavement-plans' + query({ caseId })),
  recordOutcome: (planId: string, followUpId: string, outcome: NotificationSchema<'OutcomeRequest'>['outcome'], note?: string) =>
    post(`/api/bereavement-plans/${planId}/follow-ups/${followUpId}/outcome`, { outcome, note }),
  followUpSummary: () => get<FollowUpSummary>('/api/follow-ups/summary'),
  dueFollowUps: (before?: string) => get<DueFollowUp[]>('/api/follow-ups/due' + query({ before })),
  dueFollowUpsPerCase: (before?: string) =>
    get<Sent<NotificationSchema<'DueCountResponse'>>[]>('/api/follow-ups/due/per-case' + query({ before })),
};
