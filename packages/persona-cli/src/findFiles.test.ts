import { createMockDirectory } from '@backstage/backend-test-utils';
import { findFiles } from './findFiles';
import { UsageError } from './errors';

describe('findFiles', () => {
  const mockDir = createMockDirectory({
    content: {
      'catalog-info.txt': 'kind: Persona',
      dir: {
        'a.yaml': '',
        'b.YML': '',
        deep: { 'c.json': '{}', 'd.md': '' },
        '.hidden': { 'e.yaml': '' },
        node_modules: { 'f.yaml': '' },
      },
    },
  });

  it('takes a named file as it is, and the YAML and JSON files below a directory', async () => {
    const files = await findFiles(
      ['dir', 'catalog-info.txt', 'dir/a.yaml', mockDir.resolve('dir/b.YML')],
      mockDir.path,
    );
    expect(files).toEqual(
      ['catalog-info.txt', 'dir/a.yaml', 'dir/b.YML', 'dir/deep/c.json'].map(
        file => mockDir.resolve(file),
      ),
    );
  });

  it('expands globs to the YAML and JSON files they match', async () => {
    await expect(findFiles(['**/*'], mockDir.path)).resolves.toEqual(
      ['dir/a.yaml', 'dir/b.YML', 'dir/deep/c.json'].map(file =>
        mockDir.resolve(file),
      ),
    );
    await expect(findFiles(['dir/*.md'], mockDir.path)).rejects.toThrow(
      new UsageError('dir/*.md: the glob matches no .yaml, .yml or .json file'),
    );
  });
});
