import type { CareCase, FamilyMember, PlaceOfDeath, SharePart, SharedToSend, Wishes } from '../api/types';

/** The parts a consent may cover, in the order the wizard shows them. */
export const SHARE_PARTS: SharePart[] = ['IDENTITY', 'CONTACT', 'CLINICAL'];
export const PART_NAMES: Record<SharePart, string> = { IDENTITY: 'Identity', CONTACT: 'Contact', CLINICAL: 'Clinical' };

/** What the case holds that a referral may share, part by part (blanks already left out). */
export interface SharingSource {
  identity: { givenName?: string; familyName?: string; dateOfBirth?: string };
  contact: { phone?: string; address?: string };
  primaryContact?: { name: string; relationship: string; phone?: string };
  diagnosis?: { condition: string; stage?: string };
  preferredPlaceOfDeath?: PlaceOfDeath;
}

const filled = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/** Only the keys with a value: blanks are sent as absent. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The case as the wizard pre-fills what will be shared: the patient, the primary contact (the family member marked
 * as such), the diagnosis and stage, and the wishes' preferred place of death.
 */
export function sharingSource(careCase: CareCase, family: FamilyMember[] = [], wishes?: Wishes): SharingSource {
  const p = careCase.patient;
  const contact = family.find((m) => m.isPrimaryContact);
  const condition = filled(careCase.diagnosis?.condition);
  return {
    identity: defined({ givenName: filled(p?.givenName), familyName: filled(p?.familyName), dateOfBirth: filled(p?.dateOfBirth) }),
    contact: defined({ phone: filled(p?.phone), address: filled(p?.address) }),
    primaryContact: contact && filled(contact.name)
      ? defined({ name: contact.name.trim(), relationship: filled(contact.relationship) ?? '', phone: filled(contact.phone) })
      : undefined,
    diagnosis: condition ? defined({ condition, stage: filled(careCase.diagnosis?.stage) }) : undefined,
    preferredPlaceOfDeath: wishes?.preferredPlaceOfDeath ?? undefined,
  };
}

/**
 * What the referral sends: the fields of the ticked parts only (an unticked part's fields never leave the browser),
 * and the note, which needs no consent part (the worker's own words for the receiver). Undefined when nothing is shared.
 */
export function sharedFromCase(source: SharingSource, scope: SharePart[], note: string): SharedToSend | undefined {
  const has = (part: SharePart) => scope.includes(part);
  const patient = defined({
    ...(has('IDENTITY') ? source.identity : {}),
    ...(has('CONTACT') ? source.contact : {}),
  });
  const shared: SharedToSend = defined({
    patient: Object.keys(patient).length > 0 ? patient : undefined,
    primaryContact: has('CONTACT') ? source.primaryContact : undefined,
    diagnosis: has('CLINICAL') ? source.diagnosis : undefined,
    preferredPlaceOfDeath: has('CLINICAL') ? source.preferredPlaceOfDeath : undefined,
    note: filled(note),
  });
  return Object.keys(shared).length > 0 ? shared : undefined;
}
