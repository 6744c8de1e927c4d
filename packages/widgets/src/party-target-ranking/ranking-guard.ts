// The ranking's read, checked as ../internal/wire-guards.ts says (and tested there against the domain's zod schemas).
import { MAX_SUBORDINATES, type SubordinateAdmissionsResponse } from '@chitieu/domain';
import {
  admission,
  count,
  date,
  integer,
  list,
  natural,
  nullable,
  object,
  organization,
  period,
  succession,
  target,
  timestamp,
  type Guard,
} from '../internal/wire-guards.ts';

/** The ranking read (`GET …/subordinates/admissions/{period}`). */
export const rankingResponse = object({
  organization,
  period,
  asOf: nullable(date),
  total: nullable(admission),
  subordinates: list(object({ organization, admissions: nullable(admission), succeededBy: nullable(succession) }), MAX_SUBORDINATES),
  sum: object({ admitted: nullable(count), target: nullable(target), reporting: natural, count: natural }),
  difference: nullable(object({ admitted: integer, target: nullable(object({ min: integer, max: integer })) })),
  updatedAt: nullable(timestamp),
  succeededBy: nullable(succession),
}) as Guard<SubordinateAdmissionsResponse>;
