/**
 * Writes of Paramètres → Scénarios that the schedule persistence (db/schedule.ts) does not offer:
 * deleting a user's scenario. The customers, groups and company default that followed it go back
 * to the default ladder in the same transaction, so no assignment points at a scenario that is gone.
 */
import type { RelanceDatabase } from '../../db/database';
import { loadAssignments, saveAssignments } from '../../db/schedule';
import { DEFAULT_SCENARIO_ID } from '../../domain/schedule/scenario';
import { withoutScenario } from '../../domain/scenario-form';
import type { Id } from '../../domain/model';

/** Deletes the scenario; returns how many customers had chosen it (now back to their group / the default). */
export async function deleteScenario(db: RelanceDatabase, scenarioId: Id, now: string): Promise<{ customers: number }> {
  if (scenarioId === DEFAULT_SCENARIO_ID) throw new Error('The built-in scenario cannot be deleted');
  return db.transaction('rw', db.scenarios, db.customers, db.settings, async () => {
    const followers = await db.customers.filter((c) => c.scenarioId === scenarioId).toArray();
    await db.customers.bulkPut(
      followers.map((customer) => {
        const { scenarioId: _dropped, ...rest } = customer;
        return { ...rest, updatedAt: now };
      }),
    );
    await saveAssignments(db, withoutScenario(await loadAssignments(db), scenarioId));
    await db.scenarios.delete(scenarioId);
    return { customers: followers.length };
  });
}
