import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS from 'openapi-typescript';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A client generated from docs/openapi.json compiles: openapi-typescript turns the document into
 * types, and the TypeScript compiler checks a small client written against them.
 */
const documentPath = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

/** How a client calls an operation by its operationId, typed by the generated `operations`. */
const typedRequest = `
import type { components, operations } from './api';

type OperationId = keyof operations;
type ParametersOf<O extends OperationId> = operations[O] extends { parameters: infer P } ? P : Record<string, never>;
type JsonOf<O extends OperationId> = operations[O]['responses'] extends {
  200: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
export type Problem = components['schemas']['Problem'];

export declare function request<O extends OperationId>(
  operationId: O,
  parameters: ParametersOf<O>,
  init?: { csrfToken?: string; body?: unknown },
): Promise<JsonOf<O>>;
`;

const clientCalls = `
import { type Problem, request } from './request';

export async function firstProcedureName(): Promise<string | undefined> {
  const found = await request('searchProcedures', { query: { q: 'khai sinh', level: 'commune', limit: 5 } });
  return found.items[0]?.name;
}

export async function dossierLabel(id: string): Promise<string> {
  const dossier = await request('getDossier', { path: { id } });
  return \`\${dossier.code} (v\${dossier.version})\`;
}

export async function overdueCount(): Promise<number> {
  const inbox = await request('listDossiers', { query: { view: 'overdue' } });
  return inbox.total;
}

export const explain = (problem: Problem): string => \`\${problem.code}: \${problem.detail}\`;
`;

const wrongCalls = `
import { request } from './request';

export async function wrongCalls(): Promise<void> {
  await request('getDossier', { path: { dossierId: 'x' } });
  await request('searchProcedures', { query: { level: 'district' } });
  await request('noSuchOperation', {});
  const inbox = await request('listDossiers', {});
  const count: string = inbox.total;
  void count;
}
`;

let directory: string;
let api: API;
let generated: string;
beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'motcua-openapi-client-'));
  generated = await openapiTS(JSON.parse(readFileSync(documentPath, 'utf8')));
  writeFileSync(path.join(directory, 'api.d.ts'), generated);
  writeFileSync(path.join(directory, 'request.ts'), typedRequest);
  api = new API({ cwd: directory });
});
afterAll(() => {
  api.close();
  rmSync(directory, { recursive: true, force: true });
});

/** The compiler's errors for one client file checked against the generated types. */
function typeErrorsOf(name: string, source: string): string[] {
  writeFileSync(path.join(directory, `${name}.ts`), source);
  const config = path.join(directory, `tsconfig.${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022'],
        types: [],
      },
      files: [`${name}.ts`],
    }),
  );
  const snapshot = api.updateSnapshot({ openProjects: [config] });
  try {
    const program = snapshot.getProject(config)?.program;
    if (!program) throw new Error(`the compiler did not open ${config}`);
    return [
      ...program.getConfigFileParsingDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...program.getSemanticDiagnostics(),
    ].map((d) => `${path.basename(d.fileName ?? '')}:${d.pos} TS${d.code} ${d.text}`);
  } finally {
    snapshot.dispose();
  }
}

describe('a client generated from the OpenAPI document', () => {
  it('has a method for every operation, named by its operationId', () => {
    const document = JSON.parse(readFileSync(documentPath, 'utf8')) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const ids = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    const missing = ids.filter((id) => !generated.includes(`\n  ${id}: {`));
    expect(missing).toEqual([]);
    expect(ids.length).toBeGreaterThan(100);
  });

  it('compiles a client that searches procedures, reads a dossier and lists a work list', () => {
    expect(typeErrorsOf('client', clientCalls)).toEqual([]);
  });

  it('refuses wrong parameters, unknown operations and misread answers', () => {
    const errors = typeErrorsOf('wrong', wrongCalls);
    expect(errors.join('\n')).toMatch(/dossierId/);
    expect(errors.join('\n')).toMatch(/district/);
    expect(errors.join('\n')).toMatch(/noSuchOperation/);
    expect(errors.join('\n')).toMatch(/'number' is not assignable to type 'string'/);
  });
});
