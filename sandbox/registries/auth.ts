import type { NextFunction, Request, Response } from 'express';

/** Bearer-token check of every sandbox route (401 with `WWW-Authenticate` otherwise). */
export function bearerAuth(token: string) {
  const expected = `Bearer ${token}`;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.headers.authorization === expected) return next();
    res.setHeader('WWW-Authenticate', 'Bearer realm="sandbox"');
    res.status(401).json({ error: 'missing or invalid bearer token' });
  };
}
