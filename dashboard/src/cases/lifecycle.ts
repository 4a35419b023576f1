import type { CareCase, CaseStatus, CaseTransition } from '../api/types';
import { words } from '../ui/format';

/**
 * A move of the case the worker may make now. Which moves are open, and what each needs, comes from case-service
 * (`allowedTransitions` on the case); the dashboard only words them.
 */
export interface LifecycleAction {
  to: CaseStatus;
  label: string;
  explanation?: string;
  needsReason: boolean;
  needsDateOfDeath: boolean;
  /** Closing after a death while not every family member's bereavement plan has ended: say why none is needed. */
  needsNoBereavementSupport: boolean;
}

const WORDS: Partial<Record<CaseStatus, { label: string; explanation: string }>> = {
  ACTIVE: { label: 'Start care', explanation: 'The case becomes active.' },
  DECEASED: { label: 'Record death', explanation: 'Bereavement plans start for each family member recorded on the case.' },
  DISCHARGED: { label: 'Discharge', explanation: 'Care ends without a death: say why.' },
  TRANSFERRED: { label: 'Transfer', explanation: 'Another service takes over: say where.' },
  BEREAVEMENT: {
    label: 'Start bereavement support',
    explanation: 'Usually starts by itself when the first family member’s plan is activated.',
  },
  CLOSED: {
    label: 'Close case',
    explanation: 'Nothing changes after closing. After a death, a case closes once every family member’s bereavement plan has ended, or when you record why no bereavement support is needed.',
  },
};

/** The order the buttons are offered in: the common next step first, the ends of care after it. */
const OFFERED_IN = Object.keys(WORDS) as CaseStatus[];

/** The moves case-service allows on this case now, with the dashboard's words for them, in the dashboard's order. */
export function lifecycleActions(careCase: Pick<CareCase, 'allowedTransitions'>): LifecycleAction[] {
  const offered = [...careCase.allowedTransitions].sort((a, b) => rank(a.status) - rank(b.status));
  return offered.map((t: CaseTransition) => ({
    to: t.status,
    label: WORDS[t.status]?.label ?? words(t.status),
    explanation: WORDS[t.status]?.explanation,
    needsReason: t.requires.includes('reason'),
    needsDateOfDeath: t.requires.includes('dateOfDeath'),
    needsNoBereavementSupport: t.requires.includes('noBereavementSupport'),
  }));
}

function rank(status: CaseStatus): number {
  const at = OFFERED_IN.indexOf(status);
  return at < 0 ? OFFERED_IN.length : at;
}
