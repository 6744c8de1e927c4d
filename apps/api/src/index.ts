/** The Worker: the Hono app of ./app.ts answers every request, static assets included (run_worker_first). */
import { createApp } from './app.ts';

export default createApp() satisfies ExportedHandler<Env>;
