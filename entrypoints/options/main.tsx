import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { DB_NAME } from '../../lib/store/constants';
import { takeFirstRows } from '../../lib/store/first-rows';
import { App } from './App';
import { FIRST_ROWS } from './first-rows';

// The newest rows, whose read the page's first script (entrypoints/first-rows.ts) started.
render(<App early={takeFirstRows(DB_NAME, FIRST_ROWS)} />, document.getElementById('app')!);
