import { identifierClaim } from '../canonical/identifier-claim';
import { resolveReference, type ReferenceLookups } from './reference-resolution';

const KNOWN = new Map([
  ['914403001922038216', { id: '1', names: ['陕西秦川机床工具集团股份有限公司'] }],
  ['9144030071526726XG', { id: '2', names: ['西安某某公司', '西安某某科技有限公司'] }],
]);
const lookups: ReferenceLookups = {
  byUscc: (uscc) => KNOWN.get(uscc),
  byNameKey: (key) =>
    key.includes('渭南某某商贸') ? ['3'] : key.includes('重名') ? ['4', '5'] : [],
};
const ref = (uscc: string | null, name: string) =>
  resolveReference({ identifier: identifierClaim(uscc), name }, lookups);

describe('resolving hand-typed unit references', () => {
  it('follows a valid USCC', () => {
    expect(ref('914403001922038216', '秦川机床')).toMatchObject({
      organizationId: '1',
      how: 'uscc',
    });
  });
  it('repairs O-for-0 and lowercase when the name agrees', () => {
    expect(ref('9144O3001922038216', '陕西秦川机床工具集团股份有限公司')).toMatchObject({
      organizationId: '1',
      how: 'repaired-uscc',
    });
    expect(ref('9144030071526726xg', '西安某某科技有限责任公司')).toMatchObject({
      organizationId: '2',
    });
  });
  it('does not trust a repaired code whose name disagrees', () => {
    expect(ref('9144O3001922038216', '宝鸡另一家公司')).toMatchObject({
      organizationId: null,
      how: 'unresolved',
    });
  });
  it('does not trust a repaired code whose organization came without a name to compare', () => {
    const nameless: ReferenceLookups = {
      byUscc: (uscc) => (KNOWN.has(uscc) ? { id: KNOWN.get(uscc)!.id } : undefined),
      byNameKey: () => [],
    };
    const typed = resolveReference(
      {
        identifier: identifierClaim('9144O3001922038216'),
        name: '陕西秦川机床工具集团股份有限公司',
      },
      nameless,
    );
    expect(typed).toMatchObject({ organizationId: null, how: 'unresolved' });
    expect(
      resolveReference({ identifier: identifierClaim('914403001922038216'), name: '' }, nameless),
    ).toMatchObject({ organizationId: '1', how: 'uscc' });
  });
  it('falls back to a unique name, and refuses an ambiguous one', () => {
    expect(ref(null, '渭南某某商贸有限公司')).toMatchObject({ organizationId: '3', how: 'name' });
    expect(ref(null, '重名有限公司')).toMatchObject({
      organizationId: null,
      detail: { reason: '2 organizations share the name' },
    });
  });
});
