import { get, post, put, query } from './http';
import type {
  AccessRecord, Assessment, BereavementPlan, FollowUpSummary, CareCase, DirectoryService, DueFollowUp, FamilyMember, Me, Notification, Page,
  Priority, Referral, TimelineEntry, Wishes,
} from './types';

/** Every call the dashboard makes, through the gateway. */
export const api = {
  me: () => get<Me>('/api/me'),

  cases: (params: { status?: string[]; q?: string; assignedTo?: string; sort?: string; page?: number; size?: number }) =>
    get<Page<CareCase>>('/api/cases' + query(params)),
  case: (id: string) => get<CareCase>(`/api/cases/${id}`),
  openCase: (body: unknown) => post<CareCase>('/api/cases', body),
  changeStatus: (id: string, body: { status: string; reason?: string; dateOfDeath?: string }) =>
    post<CareCase>(`/api/cases/${id}/status`, body),
  reassign: (id: string, worker: string) => post<CareCase>(`/api/cases/${id}/assignment`, { worker }),
  family: (id: string) => get<FamilyMember[]>(`/api/cases/${id}/family-members`),
  addFamilyMember: (id: string, body: unknown) => post<FamilyMember>(`/api/cases/${id}/family-members`, body),
  assessments: (id: string) => get<Assessment[]>(`/api/cases/${id}/assessments`),
  recordAssessment: (id: string, body: unknown) => post<Assessment>(`/api/cases/${id}/assessments`, body),
  wishes: (id: string) => get<Wishes>(`/api/cases/${id}/wishes`),
  saveWishes: (id: string, body: Wishes) => put<Wishes>(`/api/cases/${id}/wishes`, body),
  timeline: (id: string, page = 0) => get<Page<TimelineEntry>>(`/api/cases/${id}/timeline` + query({ page, size: 50 })),
  addNote: (id: string, text: string) => post<TimelineEntry>(`/api/cases/${id}/notes`, { text }),
  accessLog: (id: string, page = 0) =>
    get<Page<AccessRecord>>(`/api/cases/${id}/access-log` + query({ page, size: 100 })),

  directory: (category?: string, q?: string) =>
    get<Page<DirectoryService>>('/api/directory/services' + query({ category, q, size: 50 })),
  directoryService: (id: string) => get<DirectoryService>(`/api/directory/services/${id}`),
  referrals: (params: { caseId?: string; status?: string[]; page?: number; size?: number }) =>
    get<Page<Referral>>('/api/referrals' + query(params)),
  referral: (id: string) => get<Referral>(`/api/referrals/${id}`),
  refer: (body: {
    caseId: string; serviceId: string; familyMemberId?: string; reason: string; priority: Priority;
    consent: { obtained: boolean; obtainedFrom: string; obtainedOn: string };
  }) => post<Referral>('/api/referrals', body),
  changeReferral: (id: string, body: { status: string; reason?: string; outcome?: string }) =>
    post<Referral>(`/api/referrals/${id}/status`, body),

  notifications: (unread?: boolean) => get<Page<Notification>>('/api/notifications' + query({ unread: unread ? 'true' : undefined, size: 20 })),
  markRead: (id: string) => post<void>(`/api/notifications/${id}/read`),
  bereavementPlans: (caseId: string) => get<Page<BereavementPlan>>('/api/bereavement-plans' + query({ caseId })),
  recordOutcome: (planId: string, followUpId: string, outcome: string, note?: string) =>
    post(`/api/bereavement-plans/${planId}/follow-ups/${followUpId}/outcome`, { outcome, note }),
  followUpSummary: () => get<FollowUpSummary>('/api/follow-ups/summary'),
  dueFollowUps: (before?: string) => get<DueFollowUp[]>('/api/follow-ups/due' + query({ before })),
};

