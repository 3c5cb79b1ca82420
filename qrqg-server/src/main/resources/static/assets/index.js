// The home page (a placeholder until the citizen portal lands): translations and the header.
import { startPage } from '/assets/page.js';

startPage('index');
