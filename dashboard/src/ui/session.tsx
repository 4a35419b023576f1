import { createContext, useContext, type ReactNode } from 'react';
import type { Me, Role } from '../api/types';

const SessionContext = createContext<Me | undefined>(undefined);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The signed-in person (the dashboard renders nothing before it is known). */
export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside SessionProvider');
  return me;
}

export function hasRole(me: Me, role: Role): boolean {
  return me.roles.includes(role);
}

/** Social workers and supervisors work cases; hospice and partner staff answer referrals. */
export function worksCases(me: Me): boolean {
  return hasRole(me, 'social-worker') || hasRole(me, 'supervisor');
}
