import { render } from 'preact';
import '../../components/theme.css';
import '../../components/sidebar/sidebar.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
