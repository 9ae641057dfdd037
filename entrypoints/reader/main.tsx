// The source reader page: reader.html?source=<id>#claim-<index> (lib/reader-url.ts).
import { render } from 'preact';
import '../../lib/ui/page.css';
import '../../lib/ui/reader/reader.css';
import { extensionPageApi } from '../../lib/ui/extension-api';
import { Reader } from '../../lib/ui/reader/Reader';
import { readerTarget } from '../../lib/reader-url';

const api = extensionPageApi();
const root = document.getElementById('app')!;

function show(): void {
  const { sourceId, claimIndex } = readerTarget(location.search, location.hash);
  render(<Reader api={api} sourceId={sourceId} claimIndex={claimIndex} />, root);
}

// A second link to another sentence of the same source changes only the fragment.
window.addEventListener('hashchange', show);
show();
