import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, errorText, isUnauthenticated } from './graphql-errors';
import { en } from './i18n/messages.en';
import { zh } from './i18n/messages.zh';

const graphqlError = (code: string, message: string) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });
const serverError = (status: number, body: string) =>
  new ServerError(`Response not successful: Received status code ${status}`, { response: new Response(body, { status }), bodyText: body });
const tZh = (k: keyof typeof zh) => zh[k];
const tEn = (k: keyof typeof en) => en[k];

describe('describeError', () => {
  it('titles a refused request by its meaning and keeps the server’s words, with no code in the title', () => {
    const d = describeError(graphqlError('BAD_USER_INPUT', '卸任日期不能早于任命日期'));
    expect(d.code).toBe('BAD_USER_INPUT');
    expect(zh[d.titleKey]).toBe('输入有误');
    expect(zh[d.titleKey]).not.toMatch(/BAD_USER_INPUT/);
    expect(d.messages).toEqual(['卸任日期不能早于任命日期']);
    expect(d.transient).toBe(false);
    expect(errorText(d, tZh)).toBe('输入有误: 卸任日期不能早于任命日期');
  });

  it('reads a busy or stopping server (503) as something to retry, with the server’s words', () => {
    const body = JSON.stringify({ errors: [{ message: '服务器繁忙，请稍后重试', extensions: { code: 'SERVER_BUSY' } }] });
    const d = describeError(serverError(503, body));
    expect(d.code).toBe('SERVER_BUSY');
    expect(d.transient).toBe(true);
    expect(errorText(d, tZh)).toBe('服务器繁忙: 服务器繁忙，请稍后重试');
    const stopping = describeError(serverError(503, JSON.stringify({ errors: [{ message: 'this server is shutting down; try again in a moment', extensions: { code: 'SHUTTING_DOWN' } }] })));
    expect(errorText(stopping, tEn)).toBe('The server is busy: this server is shutting down; try again in a moment');
    expect(stopping.transient).toBe(true);
  });

  it('reads a network failure in the current language, as something to retry', () => {
    const d = describeError(new TypeError('Failed to fetch'));
    expect(d.code).toBe('NETWORK');
    expect(d.transient).toBe(true);
    expect(d.messages).toEqual([]);
    expect(d.detail).toBe('Failed to fetch');
    expect(errorText(d, tZh)).toBe(`无法连接服务器: ${zh['error.NETWORK.hint']}`);
    expect(errorText(d, tEn)).toBe(`Cannot reach the server: ${en['error.NETWORK.hint']}`);
  });

  it('reads an HTTP 500 (plain text or GraphQL body) as a server fault to retry, hiding the raw text', () => {
    const plain = describeError(serverError(500, '<html>Internal Server Error</html>'));
    expect(plain.code).toBe('SERVER');
    expect(plain.titleKey).toBe('error.SERVER');
    expect(plain.transient).toBe(true);
    expect(plain.messages).toEqual([]);

    const json = describeError(serverError(500, JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })));
    expect(json.titleKey).toBe('error.SERVER');
    expect(json.messages).toEqual([]);
    expect(json.detail).toBe('Unexpected error.');
    expect(json.transient).toBe(true);
  });

  it('keeps a refusal sent with a non-2xx status as a refusal', () => {
    const d = describeError(serverError(400, JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] })));
    expect(d.titleKey).toBe('error.BAD_USER_INPUT');
    expect(d.messages).toEqual(['bad']);
    expect(d.transient).toBe(false);
  });

  it('shows an unexpected client error as is', () => {
    const d = describeError(new Error('boom'));
    expect(d.titleKey).toBe('error.UNKNOWN');
    expect(d.messages).toEqual(['boom']);
  });

  it('recognises a lost session', () => {
    expect(isUnauthenticated(graphqlError('UNAUTHENTICATED', 'sign in'))).toBe(true);
    expect(isUnauthenticated(serverError(401, ''))).toBe(true);
    expect(isUnauthenticated(serverError(500, ''))).toBe(false);
  });
});
