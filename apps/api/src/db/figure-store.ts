/** The embed contract's FigureStore on this database: the queries the one read path (@chitieu/embed) is given. */
import type { FigureStore } from '@chitieu/embed';
import { findAdmissionRecord } from './admission-records.ts';
import { findCellCensus } from './cell-censuses.ts';
import type { Database } from './database.ts';
import { findOrganization } from './organizations.ts';
import { findSubordinates } from './subordinates.ts';

/**
 * The reads of `db` as the embed read path asks for them.
 *
 * @example const read = await readAdmissions(figureStore(c.var.db), 'muong-khuong', '2024', CURRENT, vietnamDay());
 */
export function figureStore(db: Database): FigureStore {
  return {
    admissionRecord: (organization, period, selector) => findAdmissionRecord(db, organization, period, selector),
    cellCensus: (organization, selector) => findCellCensus(db, organization, selector),
    organization: async (slug) => {
      const found = await findOrganization(db, slug);
      return found && { validTo: found.record.validTo, successors: found.successorRefs.map((successor) => successor.slug) };
    },
    subordinates: (slug, period) => findSubordinates(db, slug, period),
  };
}
