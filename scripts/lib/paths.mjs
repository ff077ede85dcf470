// Where the pipeline reads and writes, relative to the repository root.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const specRoot = path.join(root, 'openapi', 'openapi.yaml');
export const errorTableSource = path.join(root, 'openapi', 'errors.yaml');
export const generatedDir = path.join(root, 'generated');
export const bundledSpec = path.join(generatedDir, 'openapi.json');
