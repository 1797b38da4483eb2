// Real git histories for the lead-time tests, made with scripts/local/git-history.ts in the run's
// temporary folder (removed when the run ends).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHistory, type PlannedCommit } from '../../scripts/local/git-history.ts';

export const ORIGIN = 'https://github.com/acme/shop.git';
export const REPOSITORY_ID = 'github.com/acme/shop';
const T0 = Date.parse('2026-01-05T09:00:00Z');
/** Hours after a fixed start. */
export const at = (hours: number): Date => new Date(T0 + hours * 3_600_000);
export const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `${name}-`));

/**
 * c0 ← c1 ← c2 ←──── m1 ← c3 ← x1 (branch `side`, never merged)
 *         ↖ f1 ← f2 ↙ (branch `feature`, merged by m1; f1 rebased: committed after it was authored)
 */
export async function smallHistory(dir: string, origin = ORIGIN) {
  const names = ['c0', 'c1', 'f1', 'c2', 'f2', 'm1', 'c3', 'x1'] as const;
  const plan: PlannedCommit[] = [
    { message: 'c0', authoredAt: at(0), parents: [] },
    { message: 'c1', authoredAt: at(1), parents: [0] },
    { message: 'f1', authoredAt: at(2), committedAt: at(4.5), parents: [1], branch: 'feature' },
    { message: 'c2', authoredAt: at(3), parents: [1] },
    { message: 'f2', authoredAt: at(5), parents: [2], branch: 'feature' },
    { message: 'Merge branch feature', authoredAt: at(6), parents: [3, 4] },
    { message: 'c3', authoredAt: at(7), parents: [5] },
    { message: 'x1', authoredAt: at(8), parents: [6], branch: 'side' },
  ];
  const shas = await createGitHistory(dir, plan, { origin });
  return Object.fromEntries(names.map((name, i) => [name, shas[i] ?? ''])) as Record<(typeof names)[number], string>;
}

/** `length` commits or more on main, every tenth a merge of a three-commit feature branch; each an hour after the one before. */
export function longPlan(length: number): PlannedCommit[] {
  const plan: PlannedCommit[] = [];
  const add = (commit: Omit<PlannedCommit, 'authoredAt'>) => plan.push({ ...commit, authoredAt: at(plan.length) }) - 1;
  let tip = add({ message: 'first', parents: [] });
  while (plan.length < length) {
    if (plan.length % 10 === 5) {
      let feature = tip;
      for (let k = 0; k < 3; k++)
        feature = add({ message: `feature ${plan.length}`, parents: [feature], branch: 'feature' });
      tip = add({ message: `Merge feature into main`, parents: [tip, feature] });
    } else {
      tip = add({ message: `main ${plan.length}`, parents: [tip] });
    }
  }
  return plan;
}

/**
 * Four branches that commit and merge one another at random (a fixed seed); with `skew`, committer
 * clocks run up to three hours off, so a parent can be committed after its child.
 */
export function tangledPlan(length: number, seed: number, skew: boolean): PlannedCommit[] {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const tips = [0, 0, 0, 0];
  const plan: PlannedCommit[] = [{ message: 'root', authoredAt: at(0), parents: [], branch: 'b0' }];
  for (let i = 1; i < length; i++) {
    const branch = Math.floor(random() * tips.length);
    const other = tips[Math.floor(random() * tips.length)] ?? 0;
    const own = tips[branch] ?? 0;
    const parents = random() < 0.25 && other !== own ? [own, other] : [own];
    const committedAt = skew ? at(i + (random() - 0.5) * 6) : at(i);
    plan.push({ message: `commit ${i}`, authoredAt: at(i), committedAt, parents, branch: `b${branch}` });
    tips[branch] = i;
  }
  return plan;
}
