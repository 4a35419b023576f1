import { describe, expect, it } from 'vitest';
import type { CareCase, FamilyMember, Wishes } from '../api/types';
import { sharedFromCase, sharingSource } from './sharing';

const CASE = {
  id: 'c-1', status: 'ACTIVE',
  patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14', phone: '+1 555 0100', address: '12 Elm St, Springfield' },
  diagnosis: { condition: 'Mesothelioma', stage: 'IV' },
} as CareCase;
const FAMILY = [
  { id: 'f-1', name: 'Jim Hale', relationship: 'son', phone: '+1 555 0199', isPrimaryContact: false },
  { id: 'f-2', name: 'Rose Hale', relationship: 'wife', phone: '+1 555 0101', isPrimaryContact: true },
] as FamilyMember[];
const WISHES = { caseId: 'c-1', preferredPlaceOfDeath: 'HOME' } as Wishes;

describe('sharingSource', () => {
  it('takes the patient, the primary contact among the family, the diagnosis and the preferred place of death', () => {
    const source = sharingSource(CASE, FAMILY, WISHES);
    expect(source.primaryContact).toEqual({ name: 'Rose Hale', relationship: 'wife', phone: '+1 555 0101' });
    expect(source.preferredPlaceOfDeath).toBe('HOME');
    expect(source.diagnosis).toEqual({ condition: 'Mesothelioma', stage: 'IV' });
  });

  it('has no primary contact when nobody in the family is one, and no wish when none is recorded', () => {
    const source = sharingSource(CASE, [FAMILY[0]], undefined);
    expect(source.primaryContact).toBeUndefined();
    expect(source.preferredPlaceOfDeath).toBeUndefined();
  });
});

describe('sharedFromCase', () => {
  const source = sharingSource(CASE, FAMILY, WISHES);

  it('shares nothing but the note when no part is ticked', () => {
    expect(sharedFromCase(source, [], 'Rings twice')).toEqual({ note: 'Rings twice' });
    expect(sharedFromCase(source, [], '  ')).toBeUndefined();
  });

  it('shares identity alone: name and date of birth, no phone, no address, no contact, nothing clinical', () => {
    expect(sharedFromCase(source, ['IDENTITY'], '')).toEqual({
      patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' },
    });
  });

  it('shares contact alone: phone, address and the primary contact', () => {
    expect(sharedFromCase(source, ['CONTACT'], '')).toEqual({
      patient: { phone: '+1 555 0100', address: '12 Elm St, Springfield' },
      primaryContact: { name: 'Rose Hale', relationship: 'wife', phone: '+1 555 0101' },
    });
  });

  it('shares every ticked part, leaving blanks out', () => {
    const blankStage = sharingSource({ ...CASE, diagnosis: { ...CASE.diagnosis, stage: ' ' } }, FAMILY, WISHES);
    expect(sharedFromCase(blankStage, ['CLINICAL', 'IDENTITY', 'CONTACT'], ' Dog in the house ')).toEqual({
      patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14', phone: '+1 555 0100', address: '12 Elm St, Springfield' },
      primaryContact: { name: 'Rose Hale', relationship: 'wife', phone: '+1 555 0101' },
      diagnosis: { condition: 'Mesothelioma' },
      preferredPlaceOfDeath: 'HOME',
      note: 'Dog in the house',
    });
  });
});
