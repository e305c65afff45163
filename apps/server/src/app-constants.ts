export const SESSION_COOKIE = 'carenet_session';
