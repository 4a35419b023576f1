import type { CaseStatus } from '../api/types';

export interface LifecycleAction {
  to: CaseStatus;
  label: string;
  /** What the worker is asked before the move. */
  asks: 'nothing' | 'reason' | 'date-of-death';
  explanation: string;
}

const ACTIONS: Record<CaseStatus, LifecycleAction[]> = {
  OPEN: [
    { to: 'ACTIVE', label: 'Start care', asks: 'nothing', explanation: 'The case becomes active.' },
    deathAction(),
    { to: 'DISCHARGED', label: 'Discharge', asks: 'reason', explanation: 'Care ends without a death: say why.' },
    { to: 'TRANSFERRED', label: 'Transfer', asks: 'reason', explanation: 'Another service takes over: say where.' },
  ],
  ACTIVE: [
    deathAction(),
    { to: 'DISCHARGED', label: 'Discharge', asks: 'reason', explanation: 'Care ends without a death: say why.' },
    { to: 'TRANSFERRED', label: 'Transfer', asks: 'reason', explanation: 'Another service takes over: say where.' },
  ],
  DECEASED: [
    { to: 'BEREAVEMENT', label: 'Start bereavement support', asks: 'nothing',
      explanation: 'Usually starts by itself when the first family member’s plan is activated.' },
  ],
  BEREAVEMENT: [
    { to: 'CLOSED', label: 'Close case', asks: 'reason', explanation: 'Only once every bereavement plan has ended.' },
  ],
  DISCHARGED: [{ to: 'CLOSED', label: 'Close case', asks: 'reason', explanation: 'Nothing changes after closing.' }],
  TRANSFERRED: [{ to: 'CLOSED', label: 'Close case', asks: 'reason', explanation: 'Nothing changes after closing.' }],
  CLOSED: [],
};

function deathAction(): LifecycleAction {
  return {
    to: 'DECEASED', label: 'Record death', asks: 'date-of-death',
    explanation: 'Bereavement plans start for each family member recorded on the case.',
  };
}

/** The moves the case lifecycle allows from a status (the service enforces the same). */
export function lifecycleActions(status: CaseStatus): LifecycleAction[] {
  return ACTIONS[status] ?? [];
}
