import { expect, type APIRequestContext } from '@playwright/test';

export interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/**
 * POSTs a GraphQL operation to /graphql (relative to the configured baseURL), asserts
 * the response has no `errors`, and returns `data`.
 * The request context carries cookies, so a logged-in `page.request` works as-is; pass
 * `options.token` to send `Authorization: Bearer <token>` instead.
 */
export async function gql<T = any>(
  request: APIRequestContext,
  query: string,
  variables?: object,
  options: { token?: string } = {},
): Promise<T> {
  const response = await request.post('/graphql', {
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    data: { query, variables: variables ?? {} },
  });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLErrorLike[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`POST /graphql returned ${response.status()} with a non-JSON body: ${text.slice(0, 500)}`);
  }
  expect(body.errors, `GraphQL errors (HTTP ${response.status()}): ${JSON.stringify(body.errors)}`).toBeUndefined();
  expect(response.ok(), `POST /graphql returned HTTP ${response.status()}`).toBe(true);
  return body.data as T;
}

/**
 * POSTs an operation that is expected to fail and returns its errors and HTTP status
 * (for asserting UNAUTHENTICATED / FORBIDDEN answers).
 */
export async function gqlErrors(
  request: APIRequestContext,
  query: string,
  variables?: object,
  options: { token?: string } = {},
): Promise<{ status: number; errors: GraphQLErrorLike[] }> {
  const response = await request.post('/graphql', {
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    data: { query, variables: variables ?? {} },
  });
  const body = (await response.json()) as { errors?: GraphQLErrorLike[] };
  expect(body.errors, 'expected GraphQL errors').toBeDefined();
  return { status: response.status(), errors: body.errors ?? [] };
}
