import { createMockDirectory } from '@backstage/backend-test-utils';
import { persona } from './__testUtils__/persona';
import { run } from './__testUtils__/run';
import { version as packageVersion } from '../package.json';

describe('persona-lint operands and usage', () => {
  const mockDir = createMockDirectory();
  beforeEach(() => mockDir.clear());
  const cwd = () => mockDir.path;

  it('recurses into directories and expands globs', async () => {
    mockDir.setContent({
      catalog: {
        'a.yaml': persona('a'),
        'b.yml': persona('b', '  holders: [42]\n'),
        nested: { 'c.json': '{"kind": "Group"}', 'notes.md': '# not: [yaml' },
        node_modules: { 'ignored.yaml': 'kind: Persona\n' },
      },
      'other.yaml': persona('other'),
    });
    const dir = await run(['catalog'], { cwd: cwd() });
    expect(dir.stdout).toBe(
      'catalog/b.yml:11:13 /spec/holders/0 must be text, not a number\n',
    );
    expect(dir.stderr).toBe(
      'persona-lint: 1 problem in 1 file (3 files, 2 personas)\n',
    );
    const glob = await run(['catalog/**/*.yaml', '*.yaml', 'other.yaml'], {
      cwd: cwd(),
    });
    expect(glob).toEqual({
      code: 0,
      stdout: '',
      stderr: 'persona-lint: no problems (2 files, 2 personas)\n',
    });
  });

  it.each([
    [[], "error: missing required argument 'paths'"],
    [['--bogus', 'x.yaml'], "error: unknown option '--bogus'"],
    [['--format', 'xml', 'x.yaml'], "argument 'xml' is invalid"],
    [['missing.yaml'], 'persona-lint: missing.yaml: no such file or directory'],
    [['nothing/**/*.yaml'], 'the glob matches no .yaml, .yml or .json file'],
    [['empty'], 'empty: the directory holds no .yaml, .yml or .json file'],
    [['--token', 't', 'x.yaml'], '--token needs --catalog-url'],
    [['--catalog-url', 'nope', 'x.yaml'], '--catalog-url nope is not a URL'],
    [['--catalog-url', 'ftp://h/api', 'x.yaml'], 'is not an http(s) URL'],
  ])('exits 2 on the usage error of %j', async (args, message) => {
    mockDir.setContent({ 'x.yaml': persona('x'), empty: { 'a.md': '' } });
    const result = await run(args, { cwd: cwd() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('exits 0 for --help and --version', async () => {
    const help = await run(['--help'], { cwd: cwd() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: persona-lint [options] <paths...>');
    const version = await run(['--version'], { cwd: cwd() });
    expect(version).toEqual({
      code: 0,
      stdout: `${packageVersion}\n`,
      stderr: '',
    });
  });
});
