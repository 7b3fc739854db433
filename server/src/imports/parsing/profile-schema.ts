// JSON Schema of a stored import profile: the structural half of validation (the rest: validate-profile.ts).

const columnRef = {
  description: 'A header name, or a 1-based column position',
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'integer', minimum: 1 },
  ],
};
const text = { type: 'string', minLength: 1 };

const format = {
  type: 'object',
  additionalProperties: false,
  required: ['encoding', 'delimiter', 'header', 'decimalSeparator', 'dateFormat'],
  properties: {
    encoding: { enum: ['utf-8', 'windows-1252', 'auto'] },
    delimiter: { enum: [';', ',', '\t', 'auto'] },
    header: { type: 'boolean' },
    decimalSeparator: { enum: [',', '.'] },
    dateFormat: { enum: ['d.m.yyyy', 'yyyy-mm-dd'] },
  },
};

const common = {
  id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
  description: { type: 'string' },
  format,
};

const timeRecordProfile = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'description', 'format', 'columns', 'workKinds', 'clientGroupSeparator'],
  properties: {
    ...common,
    kind: { const: 'time-records' },
    columns: {
      type: 'object',
      additionalProperties: false,
      required: ['date', 'workerCode', 'costCenter', 'clientRef', 'product', 'minutes', 'kind'],
      properties: Object.fromEntries(
        [
          'date',
          'workerCode',
          'costCenter',
          'clientRef',
          'product',
          'minutes',
          'kind',
          'region',
          'homeMunicipality',
          'clientGroups',
          'sourceRecordId',
        ].map((field) => [field, columnRef]),
      ),
    },
    workKinds: {
      type: 'object',
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: { enum: ['direct', 'indirect'] },
    },
    clientGroupSeparator: text,
  },
};

const costLineProfile = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'description', 'format', 'columns', 'amounts'],
  properties: {
    ...common,
    kind: { const: 'cost-lines' },
    columns: {
      type: 'object',
      additionalProperties: false,
      required: ['account'],
      properties: Object.fromEntries(
        ['account', 'accountName', 'year', 'version', 'costCenter', 'costCenterName'].map((field) => [
          field,
          columnRef,
        ]),
      ),
    },
    amounts: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['column'],
        properties: { column: columnRef, version: text },
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        year: { type: 'integer', minimum: 1900, maximum: 2999 },
        version: text,
        costCenter: text,
      },
    },
    extract: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        ['account', 'accountName', 'costCenter', 'costCenterName'].map((field) => [field, text]),
      ),
    },
    attributes: { type: 'object', additionalProperties: columnRef },
  },
};

export const importProfileSchema = {
  $id: 'https://tuotteisto.example/schemas/import-profile.json',
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['time-records', 'cost-lines'] } },
  if: { properties: { kind: { const: 'time-records' } } },
  then: timeRecordProfile,
  else: costLineProfile,
};
