// Child process for the data-folder lock tests: `node hold-embedded.js <dataDir>`.
// Starts the embedded database, commits a row, prints "ready <pid>" and holds the folder until stdin ends.
// Exits with 3 and the error message on stderr when it cannot start.
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../server/src/database/embedded-postgres.js';

const dataDir = process.argv[2];

try {
  const embedded = await startEmbeddedPostgres({ dataDir });
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS marks (note text)');
  await client.query("INSERT INTO marks VALUES ('written by the child')");
  await client.end();
  console.log(`ready ${process.pid}`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void embedded.stop().then(() => process.exit(0));
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(3);
}
