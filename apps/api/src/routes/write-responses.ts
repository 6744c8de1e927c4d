/** The answers of writes: what the read answers, plus the `warnings` of the Party Charter rules the stored figures contradict. */
import { AdmissionResponseSchema, CellsResponseSchema, OrganizationRecordSchema, WriteWarningsSchema } from '@chitieu/domain';

export const OrganizationWriteResponseSchema = OrganizationRecordSchema.safeExtend({ warnings: WriteWarningsSchema }).meta({ id: 'OrganizationWriteResponse' });
export const AdmissionWriteResponseSchema = AdmissionResponseSchema.safeExtend({ warnings: WriteWarningsSchema }).meta({ id: 'AdmissionWriteResponse' });
export const CellsWriteResponseSchema = CellsResponseSchema.safeExtend({ warnings: WriteWarningsSchema }).meta({ id: 'CellsWriteResponse' });
