// The popup: mounts the App (lib/ui/popup) over the extension's messaging and storage.
import { render } from 'preact';
import '../../lib/ui/page.css';
import '../../lib/ui/card.css';
import '../../lib/ui/popup/popup.css';
import { extensionPopupApi } from '../../lib/ui/extension-api';
import { App } from '../../lib/ui/popup/App';

render(<App api={extensionPopupApi()} />, document.getElementById('app')!);
