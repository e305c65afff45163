/** The server's minimum password length (apps/server auth.service MIN_PASSWORD). */
export const MIN_PASSWORD = 10;
