import { z } from 'zod';

/** An identifier of a case, party, track, issue, option, proposal or red line: `military.cap`, `cap-600k`. */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9.-]*$/,
    'use lower-case letters, digits, "." and "-", starting with a letter or digit',
  );
export type Id = z.infer<typeof Id>;

/** A calendar date, ISO `YYYY-MM-DD`; such dates compare as strings in time order. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;
