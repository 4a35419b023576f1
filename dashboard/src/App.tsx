import { BrowserRouter, Navigate, NavLink, Outlet, Route, Routes } from 'react-router';
import { DirectoryAdminPage, OrganizationEditor, ServiceEditor } from './admin/DirectoryAdmin';
import { MailFailuresPage } from './admin/MailFailuresPage';
import { api } from './api/careloop';
import type { Me } from './api/types';
import { CaseloadPage } from './cases/CaseloadPage';
import { DirectoryPage } from './directory/DirectoryPage';
import { ServicePage } from './directory/ServicePage';
import { CasePage } from './cases/CasePage';
import { OpenCasePage } from './cases/OpenCasePage';
import { Bell, Toasts } from './notifications/Bell';
import { NotificationProvider } from './ui/NotificationCenter';
import { ReferralInboxPage } from './referrals/ReferralInboxPage';
import { ReferralPage } from './referrals/ReferralPage';
import { ReferralWizard } from './referrals/ReferralWizard';
import { hasRole, SessionProvider, useMe, worksCases } from './ui/session';
import { TeamPage } from './supervisor/TeamPage';
import { Loading, ProblemNotice } from './ui/Notices';
import { useLoad } from './ui/useLoad';

export function App() {
  const me = useLoad(() => api.me(), []);
  if (!me.data) {
    return (
      <main className="page" id="main">
        {me.error ? <ProblemNotice error={me.error} onRetry={me.reload} /> : <Loading what="CareLoop" />}
      </main>
    );
  }
  return (
    <SessionProvider me={me.data}>
      <NotificationProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Home />} />
              <Route path="cases" element={<CaseloadPage />} />
              <Route path="cases/new" element={<OpenCasePage />} />
              <Route path="cases/:caseId/refer" element={<ReferralWizard />} />
              <Route path="cases/:caseId/:section?" element={<CasePage />} />
              <Route path="referrals" element={<ReferralInboxPage />} />
              <Route path="referrals/:referralId" element={<ReferralPage />} />
              <Route path="directory" element={<DirectoryPage />} />
              <Route path="directory/services/:serviceId" element={<ServicePage />} />
              <Route path="team" element={<TeamPage />} />
              <Route path="admin/mail-failures" element={<MailFailuresPage />} />
              <Route path="admin/directory" element={<DirectoryAdminPage />} />
              <Route path="admin/directory/organizations/new" element={<OrganizationEditor />} />
              <Route path="admin/directory/organizations/:organizationId" element={<OrganizationEditor />} />
              <Route path="admin/directory/organizations/:organizationId/services/new" element={<ServiceEditor />} />
              <Route path="admin/directory/services/:serviceId" element={<ServiceEditor />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </NotificationProvider>
    </SessionProvider>
  );
}

function Home() {
  const me = useMe();
  if (hasRole(me, 'supervisor')) return <Navigate to="/team" replace />;
  if (worksCases(me)) return <Navigate to="/cases" replace />;
  if (hasRole(me, 'hospice-staff')) return <Navigate to="/referrals" replace />;
  if (hasRole(me, 'admin')) return <Navigate to="/admin/directory" replace />;
  return (
    <section>
      <h1>Welcome, {displayName(me)}</h1>
      <p>Your account has no CareLoop role that this dashboard serves. Ask your CareLoop administrator for one.</p>
    </section>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>This address is not part of CareLoop. <a href="/">Go to your start page</a>.</p>
    </section>
  );
}

function displayName(me: Me): string {
  return me.name || me.username;
}

function Layout() {
  const me = useMe();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top">
        <a className="brand" href="/">CareLoop</a>
        <nav aria-label="Main">
          <ul>
            {hasRole(me, 'supervisor') && <li><NavLink to="/team">Team</NavLink></li>}
            {hasRole(me, 'admin') && <li><NavLink to="/admin/directory">Directory</NavLink></li>}
            {hasRole(me, 'admin') && <li><NavLink to="/admin/mail-failures">Failed mails</NavLink></li>}
            {worksCases(me) && <li><NavLink to="/cases" end>Caseload</NavLink></li>}
            {worksCases(me) && <li><NavLink to="/cases/new">Open a case</NavLink></li>}
            {(hasRole(me, 'hospice-staff') || worksCases(me)) && (
              <li><NavLink to="/referrals">{hasRole(me, 'hospice-staff') ? 'Referral inbox' : 'Referrals'}</NavLink></li>
            )}
            {worksCases(me) && <li><NavLink to="/directory">Directory</NavLink></li>}
          </ul>
        </nav>
        <div className="who">
          <Bell />
          <span className="who-name">{displayName(me)}</span>
          <SignOut />
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Toasts />
    </>
  );
}

/** Logout is a POST with the CSRF token: it ends the gateway session, then Keycloak's. */
function SignOut() {
  return (
    <form method="post" action="/logout" onSubmit={(e) => {
      const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.substring(11);
      (e.currentTarget.elements.namedItem('_csrf') as HTMLInputElement).value = decodeURIComponent(token ?? '');
    }}>
      <input type="hidden" name="_csrf" />
      <button type="submit" className="button-secondary">Sign out</button>
    </form>
  );
}
