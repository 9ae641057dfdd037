import { render } from 'preact';

render(<main>Sourcelight</main>, document.getElementById('app')!);
