import { Link } from 'react-router-dom';

/** An organization's name, linking to its page. */
export function OrganizationLink(props: { id: string; name: string }) {
  return (
    <Link to={`/organizations/${encodeURIComponent(props.id)}`} data-testid="organization-link">
      {props.name}
    </Link>
  );
}
