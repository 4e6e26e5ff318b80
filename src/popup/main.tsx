import { render } from 'preact';

/** Placeholder popup until issue 6: says what the extension is. */
function Popup() {
  return <main>Admin Coach</main>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
