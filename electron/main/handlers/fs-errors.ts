import { ContractError } from '../../contract';

/** Turns a Node file-system error into a contract error the renderer can explain to the user. */
export function toContractError(error: unknown, file: string): ContractError {
  if (error instanceof ContractError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOENT':
      return new ContractError('FILE_NOT_FOUND', `File not found: ${file}`, { path: file });
    case 'ENOSPC':
    case 'EDQUOT':
      return new ContractError('DISK_FULL', `No space left to write ${file}`, { path: file });
    default:
      return new ContractError('IO_ERROR', `${code ?? 'Error'} on ${file}: ${message}`, {
        path: file,
        ...(code ? { errno: code } : {}),
      });
  }
}
