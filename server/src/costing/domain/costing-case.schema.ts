// JSON Schema of the costing case: the structural half of validation (semantics: validate-case.ts).

// Decimal syntax is checked while parsing (validate-case.ts), so the schema only checks the type:
// a regular expression here, run on tens of thousands of hour rows, dominated validation time.
const decimal = { type: ['string', 'number'] };
const id = { type: 'string', minLength: 1 };

export const costingCaseSchema = {
  $id: 'https://tuotteisto.example/schemas/costing-case.json',
  type: 'object',
  required: ['costCenters', 'costLines', 'allocationKeys', 'clientHours'],
  properties: {
    name: { type: 'string' },
    method: { enum: ['direct', 'step_down', 'reciprocal'] },
    stepOrder: { type: 'array', items: id },
    costCenters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'kind'],
        properties: {
          id,
          kind: { enum: ['production', 'support'] },
          name: { type: 'string' },
          practicalCapacityHours: decimal,
          fte: decimal,
        },
      },
    },
    costLines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['costCenter', 'account', 'amount'],
        properties: {
          costCenter: id,
          account: { type: 'string', minLength: 1 },
          amount: decimal,
          exclude: { type: 'string', minLength: 1 },
          tags: { type: 'array', items: { type: 'string' } },
          costCenterName: { type: 'string' },
          accountName: { type: 'string' },
          attributes: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    allocationKeys: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from'],
        properties: {
          from: id,
          shares: { type: 'object', additionalProperties: decimal },
          basis: { enum: ['clientHours', 'fte'] },
          description: { type: 'string' },
        },
      },
    },
    clientHours: {
      type: 'array',
      items: {
        type: 'object',
        required: ['costCenter', 'product', 'direct', 'indirect'],
        properties: { costCenter: id, product: id, direct: decimal, indirect: decimal },
      },
    },
    classificationRules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['conditions', 'event'],
        properties: {
          name: { type: 'string' },
          priority: { type: 'integer', minimum: 1 },
          conditions: { type: 'object' },
          event: {
            type: 'object',
            required: ['type'],
            properties: { type: { enum: ['exclude', 'assign', 'split'] }, params: { type: 'object' } },
          },
        },
      },
    },
    rounding: { type: 'object', properties: { price: decimal } },
  },
} as const;
