// compromise used as it comes: full tagging, then people/places/numbers, one article at a time.
// Reads NDJSON on stdin-file argv[2], prints {bytes, articles} when done.
import fs from 'node:fs';
import nlp from 'compromise';

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let bytes = 0;
let facts = 0;
for (const line of lines) {
  const { text } = JSON.parse(line);
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  facts += doc.people().length + doc.places().length + doc.numbers().length;
}
console.log(JSON.stringify({ bytes, articles: lines.length, facts }));
