// Type parsing for this application's pg connections, passed per pool (not a global pg.types mutation).
import pg from 'pg';

type TypeId = Parameters<typeof pg.types.getTypeParser>[0];

const DATE_OID = 1082;
const DATE_ARRAY_OID = 1182;
const TEXT_ARRAY_OID = 1009 as TypeId;

/**
 * `date` stays the "2024-01-01" string PostgreSQL sends: pg's default turns it into a Date at local midnight,
 * which shifts the day when serialized in another time zone. numeric and bigint keep pg's default (string).
 */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === DATE_ARRAY_OID) return pg.types.getTypeParser(TEXT_ARRAY_OID, format);
    return pg.types.getTypeParser(oid as TypeId, format);
  },
};
