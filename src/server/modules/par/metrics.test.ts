import { describe, expect, it } from 'vitest';
import { COMMUNE_CRITERIA, DEPARTMENT_CRITERIA } from '../../../domain/par/criteria-templates';
import type { CriterionNode } from '../../../domain/par/scoring';
import { testConfig } from '../../config';
import { reformMetrics } from './metrics';

const leavesOf = (node: CriterionNode): CriterionNode[] =>
  node.children.length === 0 ? [node] : node.children.flatMap(leavesOf);

describe('the reform metric registry', () => {
  const registry = new Map(reformMetrics(testConfig()).map((m) => [m.code, m]));

  it('measures every metric the criteria templates link to (their codes are repeated in the domain)', () => {
    for (const tree of [DEPARTMENT_CRITERIA, COMMUNE_CRITERIA])
      for (const leaf of tree.nodes.flatMap(leavesOf).filter((l) => l.metricCode)) {
        const metric = registry.get(leaf.metricCode ?? '');
        expect(metric?.measure, `${leaf.code} → ${leaf.metricCode}`).toBeTruthy();
      }
  });

  it('has codes that are unique', () => {
    expect(registry.size).toBe(reformMetrics(testConfig()).length);
  });
});
