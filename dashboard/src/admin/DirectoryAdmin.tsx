import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/careloop';
import {
  REFERRAL_CATEGORIES, SERVICE_CAPACITIES, SERVICE_STATUSES, type DirectoryService, type Organization,
  type OrganizationRequest, type ReferralCategory, type ServiceCapacity, type ServiceRequest, type ServiceStatus,
} from '../api/types';
import { Field } from '../ui/Field';
import { words } from '../ui/format';
import { Badge, Empty, Loading, ProblemNotice } from '../ui/Notices';
import { availabilityBadges, CAPACITY_WORDS } from '../ui/serviceAvailability';
import { useLoad } from '../ui/useLoad';
import { useSubmit } from '../ui/useSubmit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a text field sends: its words, or nothing (referral-service stores a blank as absent). */
const given = (value: string) => value.trim() || undefined;

/**
 * The admin's directory: the organizations of the area, each with its intake (where referral mails go) and its
 * services, which admins add and keep current (capacity, status).
 */
export function DirectoryAdminPage() {
  const organizations = useLoad(() => api.organizations(), []);
  return (
    <section>
      <div className="page-head">
        <h1>Directory administration</h1>
        <Link className="button" to="/admin/directory/organizations/new">Add an organization</Link>
      </div>
      <p className="lead">The organizations social workers refer to, and their services. A referral's mails go to
        the organization's intake e-mail.</p>
      <ProblemNotice error={organizations.error} onRetry={organizations.reload} />
      {!organizations.data ? !organizations.error && <Loading what="organizations" /> : organizations.data.length === 0 ? (
        <Empty>The directory is empty. Add the organizations of your area.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{organizations.data.length} organization{organizations.data.length === 1 ? '' : 's'}, by name</caption>
            <thead>
              <tr><th scope="col">Organization</th><th scope="col">Intake e-mail</th><th scope="col">Intake phone</th>
                <th scope="col">Website</th></tr>
            </thead>
            <tbody>
              {organizations.data.map((o) => (
                <tr key={o.id}>
                  <td><Link to={`/admin/directory/organizations/${o.id}`}>{o.name}</Link></td>
                  <td>{o.intakeEmail || <Badge tone="warning">No intake e-mail</Badge>}</td>
                  <td>{o.intakePhone || '—'}</td>
                  <td>{o.website || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** `/admin/directory/organizations/new` adds one; `/admin/directory/organizations/:organizationId` edits it and lists its services. */
export function OrganizationEditor() {
  const { organizationId } = useParams();
  const organization = useLoad(() => (organizationId ? api.organization(organizationId) : Promise.resolve(undefined)), [organizationId]);
  if (!organizationId) {
    return (
      <section className="narrow">
        <p className="meta"><Link to="/admin/directory">← Directory administration</Link></p>
        <h1>Add an organization</h1>
        <OrganizationForm />
      </section>
    );
  }
  const o = organization.data;
  if (!o) return organization.error ? <ProblemNotice error={organization.error} onRetry={organization.reload} /> : <Loading what="the organization" />;
  return (
    <section className="narrow">
      <p className="meta"><Link to="/admin/directory">← Directory administration</Link></p>
      <h1>{o.name}</h1>
      <p className="meta">Organization id (the <code>org_id</code> of its staff's accounts in Keycloak): <code>{o.id}</code></p>
      <OrganizationForm key={o.id} organization={o} onSaved={organization.reload} />
      <OrganizationServices organization={o} />
    </section>
  );
}

function OrganizationForm({ organization, onSaved }: { organization?: Organization; onSaved?: () => void }) {
  const navigate = useNavigate();
  const [form, setForm] = useState({
    id: '', name: organization?.name ?? '', description: organization?.description ?? '',
    intakeEmail: organization?.intakeEmail ?? '', intakePhone: organization?.intakePhone ?? '',
    website: organization?.website ?? '',
  });
  const [saved, setSaved] = useState(false);
  const { submit, sending, problem, fieldError } = useSubmit();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm({ ...form, [key]: e.target.value });
    setSaved(false);
  };
  const body = (): OrganizationRequest => ({
    id: organization ? undefined : given(form.id.toLowerCase()), name: form.name.trim(), description: given(form.description), intakeEmail: given(form.intakeEmail),
    intakePhone: given(form.intakePhone), website: given(form.website),
  });
  const send = submit({
    check: () => ({
      name: form.name.trim() ? undefined : 'Give the organization’s name.',
      id: !form.id.trim() || UUID.test(form.id.trim()) ? undefined
        : 'An organization id looks like 5a1e0000-0000-4000-8000-000000000001, or leave it empty.',
    }),
    send: () => (organization ? api.updateOrganization(organization.id, body()) : api.createOrganization(body())),
    onDone: (result) => {
      if (organization) {
        setSaved(true);
        onSaved?.();
      } else {
        navigate(`/admin/directory/organizations/${result.id}`);
      }
    },
  });
  return (
    <form onSubmit={send} noValidate aria-label={organization ? 'The organization' : 'New organization'}>
      <ProblemNotice error={problem} />
      <Field label="Name" required error={fieldError('name')}>
        <input value={form.name} maxLength={200} onChange={set('name')} />
      </Field>
      {!organization && (
        <Field label="Organization id (optional)" error={fieldError('id')}
          hint="The org_id its staff's accounts already carry in Keycloak. Left empty, CareLoop chooses one: give it to whoever keeps the accounts, so that its staff see its referrals.">
          <input value={form.id} maxLength={40} spellCheck={false} onChange={set('id')} />
        </Field>
      )}
      <Field label="Description" error={fieldError('description')}>
        <textarea rows={3} maxLength={4000} value={form.description} onChange={set('description')} />
      </Field>
      <div className="row">
        <Field label="Intake e-mail" error={fieldError('intakeEmail')} hint="Where the organization's referral mails go">
          <input type="email" value={form.intakeEmail} maxLength={254} onChange={set('intakeEmail')} />
        </Field>
        <Field label="Intake phone" error={fieldError('intakePhone')}>
          <input type="tel" value={form.intakePhone} maxLength={40} onChange={set('intakePhone')} />
        </Field>
      </div>
      <Field label="Website" error={fieldError('website')} hint="Starting with https://">
        <input type="url" value={form.website} maxLength={500} onChange={set('website')} />
      </Field>
      <div className="button-row">
        <button type="submit" disabled={sending}>{organization ? 'Save the organization' : 'Add the organization'}</button>
        {saved && <p role="status">Saved.</p>}
      </div>
    </form>
  );
}

const SERVICES_PAGE = 100;

/** All the organization's services, a page of the directory at a time. */
async function servicesOf(organization: Organization): Promise<DirectoryService[]> {
  const found: DirectoryService[] = [];
  for (let page = 0; ; page++) {
    const result = await api.searchServices({ organizationId: organization.id, page, size: SERVICES_PAGE });
    found.push(...result.items);
    if (result.items.length === 0 || found.length >= result.total) return found;
  }
}

function OrganizationServices({ organization }: { organization: Organization }) {
  const services = useLoad(() => servicesOf(organization), [organization.id]);
  return (
    <section aria-labelledby="organization-services">
      <div className="page-head">
        <h2 id="organization-services">Services</h2>
        <Link className="button" to={`/admin/directory/organizations/${organization.id}/services/new`}>Add a service</Link>
      </div>
      <ProblemNotice error={services.error} onRetry={services.reload} />
      {!services.data ? !services.error && <Loading what="services" /> : services.data.length === 0 ? (
        <Empty>No services yet.</Empty>
      ) : (
        <ul className="plain">
          {services.data.map((s) => (
            <li key={s.id} className="card">
              <h3><Link to={`/admin/directory/services/${s.id}`}>{s.name}</Link></h3>
              <p className="meta">{words(s.category)}</p>
              <p>{availabilityBadges(s).map((b) => <Badge key={b.text} tone={b.tone}>{b.text}</Badge>)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/admin/directory/organizations/:organizationId/services/new` adds a service; `/admin/directory/services/:serviceId` edits one. */
export function ServiceEditor() {
  const { organizationId, serviceId } = useParams();
  const service = useLoad(() => (serviceId ? api.directoryService(serviceId) : Promise.resolve(undefined)), [serviceId]);
  const organization = useLoad(() => (organizationId ? api.organization(organizationId) : Promise.resolve(undefined)), [organizationId]);
  const loading = serviceId ? service : organization;
  const owner = service.data?.organization ?? organization.data;
  if (!owner) return loading.error ? <ProblemNotice error={loading.error} onRetry={loading.reload} /> : <Loading what="the service" />;
  return (
    <section className="narrow">
      <p className="meta"><Link to={`/admin/directory/organizations/${owner.id}`}>← {owner.name}</Link></p>
      <h1>{service.data ? service.data.name : `Add a service to ${owner.name}`}</h1>
      <ServiceForm key={service.data?.id ?? 'new'} organizationId={owner.id} service={service.data} onSaved={service.reload} />
    </section>
  );
}

function ServiceForm({ organizationId, service, onSaved }: { organizationId: string; service?: DirectoryService; onSaved: () => void }) {
  const navigate = useNavigate();
  const [form, setForm] = useState({
    name: service?.name ?? '', description: service?.description ?? '',
    category: (service?.category ?? '') as ReferralCategory | '', eligibility: service?.eligibility ?? '',
    serviceArea: service?.serviceArea ?? '', contactEmail: service?.contact?.email ?? '',
    contactPhone: service?.contact?.phone ?? '', fees: service?.fees ?? '',
    status: service?.status ?? 'active' as ServiceStatus, capacity: service?.capacity ?? 'capacity' as ServiceCapacity,
  });
  const [saved, setSaved] = useState(false);
  const { submit, sending, problem, fieldError } = useSubmit();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm({ ...form, [key]: e.target.value });
    setSaved(false);
  };
  const body = (): ServiceRequest => {
    const contact = { email: given(form.contactEmail), phone: given(form.contactPhone) };
    return {
      organizationId, name: form.name.trim(), description: given(form.description),
      category: form.category as ReferralCategory, eligibility: given(form.eligibility),
      serviceArea: given(form.serviceArea), contact: contact.email || contact.phone ? contact : undefined,
      fees: given(form.fees), status: form.status, capacity: form.capacity,
    };
  };
  const send = submit({
    check: () => ({
      name: form.name.trim() ? undefined : 'Give the service’s name.',
      category: form.category ? undefined : 'Choose a category.',
    }),
    send: () => (service ? api.updateService(service.id, body()) : api.createService(body())),
    onDone: () => {
      if (service) {
        setSaved(true);
        onSaved();
      } else {
        navigate(`/admin/directory/organizations/${organizationId}`);
      }
    },
  });
  return (
    <form onSubmit={send} noValidate aria-label={service ? 'The service' : 'New service'}>
      <ProblemNotice error={problem} />
      <Field label="Name" required error={fieldError('name')}>
        <input value={form.name} maxLength={200} onChange={set('name')} />
      </Field>
      <Field label="Category" required error={fieldError('category')}>
        <select value={form.category} onChange={set('category')}>
          <option value="">Choose…</option>
          {REFERRAL_CATEGORIES.map((c) => <option key={c} value={c}>{words(c)}</option>)}
        </select>
      </Field>
      <Field label="Description" error={fieldError('description')} hint="What the service offers">
        <textarea rows={3} maxLength={4000} value={form.description} onChange={set('description')} />
      </Field>
      <Field label="Eligibility" error={fieldError('eligibility')} hint="Who may use it">
        <textarea rows={2} maxLength={2000} value={form.eligibility} onChange={set('eligibility')} />
      </Field>
      <Field label="Service area" error={fieldError('serviceArea')}>
        <input value={form.serviceArea} maxLength={500} onChange={set('serviceArea')} />
      </Field>
      <div className="row">
        <Field label="Contact e-mail" error={fieldError('contactEmail', 'contact.email')}>
          <input type="email" value={form.contactEmail} maxLength={254} onChange={set('contactEmail')} />
        </Field>
        <Field label="Contact phone" error={fieldError('contactPhone', 'contact.phone')}>
          <input type="tel" value={form.contactPhone} maxLength={40} onChange={set('contactPhone')} />
        </Field>
      </div>
      <Field label="Fees" error={fieldError('fees')}>
        <input value={form.fees} maxLength={1000} onChange={set('fees')} />
      </Field>
      <div className="row">
        <Field label="Status" required error={fieldError('status')} hint="Temporarily closed: referrals go onto a waiting list">
          <select value={form.status} onChange={set('status')}>
            {SERVICE_STATUSES.map((s) => <option key={s} value={s}>{words(s)}</option>)}
          </select>
        </Field>
        <Field label="Capacity" required error={fieldError('capacity')}>
          <select value={form.capacity} onChange={set('capacity')}>
            {SERVICE_CAPACITIES.map((c) => <option key={c} value={c}>{CAPACITY_WORDS[c]}</option>)}
          </select>
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" disabled={sending}>{service ? 'Save the service' : 'Add the service'}</button>
        {saved && <p role="status">Saved.</p>}
      </div>
    </form>
  );
}
