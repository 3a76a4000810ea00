import { surviveAttributes, type AttributeObservation } from './survivorship';

const at = (iso: string) => new Date(iso);

describe('survivorship', () => {
  it('takes employees by the POLICY precedence: statistics over tax over federation', () => {
    const observations: AttributeObservation[] = [
      { name: 'employees', value: 40, source: 'federation', observedAt: at('2026-11-01') },
      { name: 'employees', value: 31, source: 'tax', observedAt: at('2026-10-31') },
      { name: 'employees', value: 26, source: 'statistics', observedAt: at('2026-09-30') },
    ];
    expect(surviveAttributes(observations).employees).toBe(26);
    expect(surviveAttributes(observations.slice(0, 2)).employees).toBe(31);
  });

  it('takes status from the owning registry even when another department is newer', () => {
    const golden = surviveAttributes([
      { name: 'status', value: '非正常', source: 'tax', observedAt: at('2026-11-01') },
      { name: 'status', value: '存续', source: 'market-regulation', observedAt: at('2026-01-01') },
    ]);
    expect(golden.status).toBe('存续');
  });

  it('prefers the newest value within one source', () => {
    const golden = surviveAttributes([
      { name: 'name', value: '旧名称', source: 'market-regulation', observedAt: at('2025-01-01') },
      { name: 'name', value: '新名称', source: 'market-regulation', observedAt: at('2026-01-01') },
    ]);
    expect(golden.name).toBe('新名称');
  });
});
