/** The badge tone of a case status: current, bereavement, or ended. */
export function statusTone(status: string): string {
  switch (status) {
    case 'OPEN': case 'ACTIVE': return 'active';
    case 'DECEASED': case 'BEREAVEMENT': return 'bereavement';
    default: return 'neutral';
  }
}

/** The badge tone of a referral status: being worked on, refused or failed, waiting, or ended. */
export function referralTone(status: string): string {
  if (status === 'accepted' || status === 'in-progress' || status === 'completed') return 'active';
  if (status === 'rejected' || status === 'failed') return 'warning';
  if (status === 'requested') return 'info';
  return 'neutral';
}
