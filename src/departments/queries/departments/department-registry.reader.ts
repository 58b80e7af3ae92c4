import { Inject, Injectable } from '@nestjs/common';
import { resolveSuccession } from '../../../../domain/department/resolve-succession.js';
import { isSucceededOn, successorOf, type RegisteredDepartmentState } from '../../../../domain/department/state.js';
import type { DepartmentRegistryDoc } from '../../../../projections/department-registry/department-registry.doc.js';
import { ProjectionHost } from '../../../projections/projection-host.js';
import { LISTS, type PageParams } from '../../../use-case-support/lists/list-queries.js';
import { ListReader } from '../../../use-case-support/lists/list-reader.js';
import { MAX_PAGE_SIZE, VIEW_STORE, type ViewStore } from '../../../view-store/view-store.port.js';

type States = Map<string, RegisteredDepartmentState>;

/**
 * Registered departments (A13 pilots, others that joined, A29 user organisations) from the
 * department-registry view: a page by id, one by id, and the chains of succession a page or a
 * usage needs (docs/domain.md "Departments change over time"), followed document by document — never
 * every department's stream.
 */
@Injectable()
export class DepartmentRegistryReader {
  private readonly lists: ListReader;

  constructor(@Inject(VIEW_STORE) views: ViewStore, @Inject(ProjectionHost) runner: ProjectionHost) {
    this.lists = new ListReader(views, runner);
  }

  async one(departmentId: string): Promise<RegisteredDepartmentState | null> {
    return (await this.lists.get('department-registry', 'departments', departmentId)) as unknown as DepartmentRegistryDoc | null;
  }

  /** A page of departments by id, nothing else read (the public names need no successors' documents). */
  async plainPage(page: PageParams): Promise<{ items: RegisteredDepartmentState[]; nextCursor: string | null }> {
    const found = await this.lists.page(LISTS.departments(page));
    return { items: found.items as unknown as DepartmentRegistryDoc[], nextCursor: found.nextCursor };
  }

  /** A page of departments by id, with every department their successions lead to by `date` (for "in charge"). */
  async page(page: PageParams, date: string): Promise<{ items: RegisteredDepartmentState[]; chains: States; nextCursor: string | null }> {
    const found = await this.lists.page(LISTS.departments(page));
    const items = found.items as unknown as DepartmentRegistryDoc[];
    return { items, chains: await this.withSuccessors(items, date), nextCursor: found.nextCursor };
  }

  /**
   * A25: the departments whose chain of mergers and splits leads to this one by `date`: found
   * backwards by the successorId index, then each checked forwards by the domain's own rule.
   */
  async predecessors(department: RegisteredDepartmentState, date: string): Promise<string[]> {
    const states: States = new Map([[department.departmentId, department]]);
    let frontier = [department.departmentId];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const successorId of frontier) {
        for (const doc of await this.allSucceededBy(successorId)) {
          if (states.has(doc.departmentId)) continue;
          states.set(doc.departmentId, doc);
          next.push(doc.departmentId);
        }
      }
      frontier = next;
    }
    return [...states.keys()].filter((id) => id !== department.departmentId && resolveSuccession(states, id, date) === department.departmentId).sort();
  }

  private async allSucceededBy(departmentId: string): Promise<DepartmentRegistryDoc[]> {
    const docs: DepartmentRegistryDoc[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.lists.page(LISTS.departmentsSucceededBy(departmentId, { limit: MAX_PAGE_SIZE, cursor }));
      docs.push(...(page.items as unknown as DepartmentRegistryDoc[]));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return docs;
  }

  /** The states given, and the successors their successions (in force by `date`) lead to, one getMany per step. */
  private async withSuccessors(states: readonly RegisteredDepartmentState[], date: string): Promise<States> {
    const known: States = new Map(states.map((state) => [state.departmentId, state]));
    let wanted = states;
    while (wanted.length > 0) {
      const ids = wanted.filter((s) => s.succession !== null && isSucceededOn(s, date)).map((s) => successorOf(s.succession!)).filter((id) => !known.has(id));
      const found = [...(await this.lists.getMany('department-registry', 'departments', ids)).values()] as unknown as DepartmentRegistryDoc[];
      for (const state of found) known.set(state.departmentId, state);
      wanted = found;
    }
    return known;
  }
}
