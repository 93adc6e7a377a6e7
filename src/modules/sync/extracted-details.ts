import type { EntityManager } from '../../db/orm.ts';
import { InterviewSchema, type Interview } from '../applications/interview.entity.ts';

/** Interviews of many applications at once, soonest first (the dataloader behind Application.interviews). */
export async function interviewsOfApplications(em: EntityManager, applicationIds: readonly string[]): Promise<Interview[][]> {
  const rows = await em.find(InterviewSchema, { application: { $in: [...applicationIds] } }, { orderBy: { startsAt: 'asc', createdAt: 'asc' } });
  const grouped = new Map<string, Interview[]>(applicationIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.application.id)?.push(row);
  return applicationIds.map((id) => grouped.get(id) ?? []);
}
