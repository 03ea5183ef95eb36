/** The REST API's request and response types, generated from its OpenAPI spec. */
export * from './types';
