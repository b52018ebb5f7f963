import { casualtyKinds, casualtyQualifiers, victimCategories } from './types.js';

const span = {
  type: 'object',
  required: ['text', 'start', 'end'],
  properties: {
    text: { type: 'string' },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
  },
} as const;

const nullable = (type: string) => ({ type: [type, 'null'] });

/** JSON Schema (draft 2020-12) of one output record, as CONTRACT.md defines it. `factx --schema` prints it. */
export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://factx.dev/schema/record-v1.json',
  title: 'factx record',
  description: 'One record per input document (NDJSON line). Offsets are UTF-16 code units, end exclusive.',
  type: 'object',
  required: ['id', 'referenceDate', 'dates', 'places', 'casualties', 'officials', 'summary'],
  properties: {
    id: { type: 'string' },
    referenceDate: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    dates: {
      type: 'array',
      items: {
        ...span,
        required: [...span.required, 'type', 'value'],
        properties: {
          ...span.properties,
          type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
          value: { type: 'string', minLength: 1 },
          rule: { type: 'string' },
        },
      },
    },
    places: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'kind', 'countryCode', 'admin1', 'lat', 'lon', 'geonameId', 'mentions'],
        properties: {
          name: { type: 'string' },
          kind: { enum: ['country', 'region', 'city', 'other'] },
          countryCode: { type: ['string', 'null'], pattern: '^[A-Z]{2}$' },
          admin1: nullable('string'),
          lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
          lon: { type: ['number', 'null'], minimum: -180, maximum: 180 },
          geonameId: nullable('integer'),
          mentions: { type: 'array', minItems: 1, items: span },
          rule: { type: 'string' },
        },
      },
    },
    casualties: {
      type: 'array',
      items: {
        ...span,
        required: [...span.required, 'kind', 'count', 'min', 'max', 'qualifier', 'victims'],
        properties: {
          ...span.properties,
          kind: { enum: [...casualtyKinds] },
          count: { type: ['integer', 'null'], minimum: 0 },
          min: { type: ['integer', 'null'], minimum: 0 },
          max: { type: ['integer', 'null'], minimum: 0 },
          qualifier: { enum: [...casualtyQualifiers] },
          victims: nullable('string'),
          victimCategory: { enum: [...victimCategories] },
          subset: { type: 'boolean' },
          background: { type: 'boolean' },
          rule: { type: 'string' },
        },
      },
    },
    officials: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'title', 'organization', 'mentions'],
        properties: {
          name: { type: 'string', minLength: 1 },
          title: { type: 'string', minLength: 1 },
          organization: nullable('string'),
          mentions: { type: 'array', minItems: 1, items: span },
          rule: { type: 'string' },
        },
      },
    },
    summary: {
      type: 'object',
      required: ['killed', 'injured', 'missing', 'displaced'],
      properties: {
        killed: { type: ['integer', 'null'], minimum: 0 },
        injured: { type: ['integer', 'null'], minimum: 0 },
        missing: { type: ['integer', 'null'], minimum: 0 },
        displaced: { type: ['integer', 'null'], minimum: 0 },
      },
    },
    warnings: {
      type: 'array',
      items: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
    },
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;
