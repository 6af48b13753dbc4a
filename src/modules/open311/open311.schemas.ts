import { type Static, type TSchema, Type } from 'typebox';

/**
 * GeoReport v2 (Open311) documents, with the field names and order of the specification
 * (http://wiki.open311.org/GeoReport_v2). The JSON response schemas double as a guard: only the
 * fields declared here leave the server.
 */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const open311Formats = ['json', 'xml'] as const;
export type Open311Format = (typeof open311Formats)[number];

const FormatParam = Type.String({ maxLength: 10, description: '`json` or `xml`' });
const Jurisdiction = {
  jurisdiction_id: Type.Optional(
    Type.String({ maxLength: 100, description: 'Accepted and ignored: this endpoint serves one jurisdiction' }),
  ),
};

export const FormatParams = Type.Object({ format: FormatParam });
export const ServiceCodeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 64 }),
  format: FormatParam,
});
export const RequestIdParams = Type.Object({
  id: Type.String({
    minLength: 1,
    maxLength: 64,
    description: "The service_request_id: the case's tracking code (查询码)",
  }),
  format: FormatParam,
});
export const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 64 }), format: FormatParam });
export const JurisdictionQuery = Type.Object({ ...Jurisdiction });

export const Open311Error = Type.Object({
  code: Type.Integer({ description: 'The HTTP status' }),
  description: Type.String(),
});
export const Open311Errors = Type.Array(Open311Error);
export type Open311Errors = Static<typeof Open311Errors>;

export const Discovery = Type.Object({
  changeset: Type.String({ description: 'When the service list last changed' }),
  contact: Type.String(),
  key_service: Type.String({ description: 'How to get an api_key' }),
  endpoints: Type.Array(
    Type.Object({
      specification: Type.String(),
      url: Type.String(),
      changeset: Type.String(),
      type: Type.String(),
      formats: Type.Array(Type.String()),
    }),
  ),
});
export type Discovery = Static<typeof Discovery>;

export const Service = Type.Object({
  service_code: Type.String({ description: 'The category code, stable across installations of the default taxonomy' }),
  service_name: Type.String(),
  description: Type.String(),
  metadata: Type.Boolean({ description: 'True when the service asks for attributes (see the service definition)' }),
  type: Type.Literal('realtime'),
  keywords: Type.String(),
  group: Type.String({ description: 'The top-level category' }),
});
export type Service = Static<typeof Service>;
export const ServiceList = Type.Array(Service);

export const attributeDatatypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

export const Attribute = Type.Object({
  variable: Type.Boolean(),
  code: Type.String(),
  datatype: Type.Enum(attributeDatatypes),
  required: Type.Boolean(),
  datatype_description: Nullable(Type.String()),
  order: Type.Integer(),
  description: Type.String(),
  values: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
});
export type Attribute = Static<typeof Attribute>;

export const ServiceDefinition = Type.Object({ service_code: Type.String(), attributes: Type.Array(Attribute) });
export type ServiceDefinition = Static<typeof ServiceDefinition>;

const Text = (max: number) => Type.Optional(Type.String({ maxLength: max }));

/**
 * POST requests: form-encoded (attribute[code]=value), multipart (the same fields, photos as `media`
 * file parts) or JSON (attribute: {code: value}).
 */
export const RequestBody = Type.Object(
  {
    api_key: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'An API token issued in luoshi whose holder may register cases (case.create)',
      }),
    ),
    ...Jurisdiction,
    service_code: Type.String({ minLength: 1, maxLength: 64 }),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    long: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    address_string: Text(200),
    address_id: Type.Optional(
      Type.String({
        maxLength: 20,
        description: 'The id of a place in the organisation tree (grid, village, community, township)',
      }),
    ),
    email: Text(200),
    device_id: Text(100),
    account_id: Text(100),
    first_name: Text(200),
    last_name: Text(200),
    phone: Text(100),
    description: Text(4000),
    media_url: Type.Optional(
      Type.Union([Type.String({ maxLength: 1000 }), Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 9 })], {
        description: 'A photo link; sent repeated, the first is kept',
      }),
    ),
    attribute: Type.Optional(
      Type.Record(
        Type.String({ maxLength: 40 }),
        Type.Union([Type.String({ maxLength: 500 }), Type.Array(Type.String({ maxLength: 500 }), { maxItems: 30 })]),
      ),
    ),
  },
  { additionalProperties: true },
);
export type RequestBody = Static<typeof RequestBody>;

export const PostedRequest = Type.Object({
  service_request_id: Type.String(),
  service_notice: Type.String(),
  account_id: Nullable(Type.String()),
});
export type PostedRequest = Static<typeof PostedRequest>;
export const PostedRequests = Type.Array(PostedRequest);

export const RequestsQuery = Type.Object({
  ...Jurisdiction,
  service_request_id: Type.Optional(
    Type.String({ maxLength: 20_000, description: 'Comma-separated; overrides every other filter' }),
  ),
  service_code: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma-separated' })),
  start_date: Type.Optional(
    Type.String({
      maxLength: 40,
      description: 'W3C datetime; any window (at most 1,000 answered, newest first: narrow it to page)',
    }),
  ),
  end_date: Type.Optional(Type.String({ maxLength: 40 })),
  status: Type.Optional(
    Type.Union([Type.String({ maxLength: 40 }), Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10 })], {
      description: 'open, closed or both: comma-separated or repeated (status=open&status=closed)',
    }),
  ),
});
export type RequestsQuery = Static<typeof RequestsQuery>;

/** A request as the public sees it: no reporter, no internal notes. */
export const ServiceRequest = Type.Object({
  service_request_id: Type.String(),
  status: Type.Enum(['open', 'closed']),
  status_notes: Nullable(Type.String()),
  service_name: Nullable(Type.String()),
  service_code: Nullable(Type.String()),
  description: Nullable(Type.String()),
  agency_responsible: Nullable(Type.String()),
  service_notice: Nullable(Type.String()),
  requested_datetime: Type.String(),
  updated_datetime: Type.String(),
  expected_datetime: Nullable(Type.String()),
  address: Nullable(Type.String()),
  address_id: Nullable(Type.String()),
  zipcode: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  long: Nullable(Type.Number()),
  media_url: Nullable(Type.String()),
});
export type ServiceRequest = Static<typeof ServiceRequest>;
export const ServiceRequests = Type.Array(ServiceRequest);

export const UpdatesQuery = Type.Object({
  ...Jurisdiction,
  start_date: Type.Optional(Type.String({ maxLength: 40, description: 'W3C datetime; the window’s start' })),
  end_date: Type.Optional(Type.String({ maxLength: 40 })),
});
export type UpdatesQuery = Static<typeof UpdatesQuery>;

/**
 * A change of a request as FixMyStreet's servicerequestupdates extension reads it: one per public
 * step of the case (accepted, dispatched, handled, resolved, closed…), in public wording only.
 */
export const RequestUpdate = Type.Object({
  update_id: Type.String(),
  service_request_id: Type.String(),
  status: Type.Enum(['OPEN', 'IN_PROGRESS', 'FIXED', 'CLOSED', 'NOT_COUNCILS_RESPONSIBILITY', 'DUPLICATE']),
  updated_datetime: Type.String(),
  description: Type.String(),
  media_url: Type.String(),
});
export type RequestUpdate = Static<typeof RequestUpdate>;
export const RequestUpdates = Type.Array(RequestUpdate);

/**
 * POST servicerequestupdates (FixMyStreet's extension): a comment on an existing request, from its
 * reporter through the client. Form-encoded or multipart (photos as `media` file parts).
 */
export const UpdateBody = Type.Object(
  {
    api_key: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'An API token issued in luoshi whose holder may register cases (case.create)',
      }),
    ),
    ...Jurisdiction,
    service_request_id: Type.String({
      minLength: 1,
      maxLength: 64,
      description: "The request's service_request_id: the case's tracking code (查询码)",
    }),
    description: Type.String({ minLength: 1, maxLength: 4000, description: 'The comment' }),
    update_id: Type.Optional(
      Type.String({
        maxLength: 100,
        description: "The client's id of this comment: a retry with the same id makes no second comment",
      }),
    ),
    update_id_ext: Type.Optional(Type.String({ maxLength: 100, description: 'Another name for update_id' })),
    updated_datetime: Type.Optional(Type.String({ maxLength: 40, description: 'When the comment was made (W3C)' })),
    status: Type.Optional(
      Type.String({
        maxLength: 40,
        description:
          'The state the reporter gives the problem (OPEN, CLOSED, FIXED, REOPEN…): noted with the comment, never applied',
      }),
    ),
    title: Text(200),
    first_name: Text(200),
    last_name: Text(200),
    email: Text(200),
    phone: Text(100),
    account_id: Text(100),
    service_code: Text(64),
    service_request_id_ext: Text(100),
    public_anonymity_required: Text(10),
    email_alerts_requested: Text(10),
    media_url: Type.Optional(
      Type.Union([Type.String({ maxLength: 1000 }), Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 9 })], {
        description: 'Photo links, repeated for several',
      }),
    ),
  },
  { additionalProperties: true },
);
export type UpdateBody = Static<typeof UpdateBody>;

export const PostedUpdate = Type.Object({
  update_id: Type.String({ description: 'The id of the comment on the case timeline' }),
});
export type PostedUpdate = Static<typeof PostedUpdate>;
export const PostedUpdates = Type.Array(PostedUpdate);

export const TokenAnswer = Type.Array(Type.Object({ service_request_id: Type.String(), token: Type.String() }));
export type TokenAnswer = Static<typeof TokenAnswer>;

/** The element of one item in each XML list. */
export const xmlItemNames = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  service_requests: 'request',
  service_request_updates: 'request_update',
  errors: 'error',
} as const;
