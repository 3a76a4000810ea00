import { Ctx, Query, Resolver } from 'type-graphql';
import { departmentOf, may } from '../../src/access/identity';
import { CAPABILITIES, type Capability } from '../../src/access/roles';
import { divisionName } from '../../src/reference/divisions';
import type { HubContext } from '../context';
import { Viewer } from './viewer.type';

/** The caller's own identity: every authenticated caller may ask. */
@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who is asking: role, region and capabilities.' })
  viewer(@Ctx() { identity }: HubContext): Viewer {
    const region = identity.region;
    return {
      subject: identity.subject,
      role: identity.role,
      department: departmentOf(identity),
      region: region ? { code: region, name: divisionName(region) ?? null } : null,
      capabilities: (Object.keys(CAPABILITIES) as Capability[]).filter((c) => may(identity, c)),
      via: identity.via,
    };
  }
}
