import { render } from 'preact';
import '../../components/theme.css';
import '../../components/sidebar/sidebar.css';
import { App, startEarly } from './App';

// Ask for the page before the first render: the content script reads it while Preact draws.
const early = startEarly(location.search);
render(<App early={early} />, document.getElementById('app')!);
