import { main } from '../main';

/** What a run of the CLI's main function printed and returned. */
export type RunResult = { code: number; stdout: string; stderr: string };

/** Runs `main` as the binary would, capturing its output. */
export async function run(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: text => {
      stdout += text;
    },
    stderr: text => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
