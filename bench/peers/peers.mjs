// peers.mjs - number and date extraction by JavaScript peers, for
// bench/throughput.sh.  Usage: node peers.mjs compromise|chrono FILE.jsonl
// Reads the "text" of every line of FILE, extracts numbers and dates with
// the named tool, and prints one line:
//   tool=<t> docs=<n> bytes=<b> secs=<s> numbers=<k> dates=<k>
// secs covers the extraction loop only; the caller times the whole process.
import { readFileSync } from 'node:fs';

const [tool, file] = process.argv.slice(2);
if (!tool || !file) {
	console.error('usage: node peers.mjs compromise|chrono FILE.jsonl');
	process.exit(2);
}
const texts = [];
let bytes = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
	if (!line.trim())
		continue;
	const t = JSON.parse(line).text || '';
	texts.push(t);
	bytes += Buffer.byteLength(t, 'utf8');
}

let numbers = 0, dates = 0;
let run;
if (tool === 'compromise') {
	const nlp = (await import('compromise')).default;
	const datesPlugin = (await import('compromise-dates')).default;
	nlp.plugin(datesPlugin);
	run = (t) => {
		const doc = nlp(t);
		numbers += doc.numbers().json().length;
		dates += doc.dates().json().length;
	};
} else if (tool === 'chrono') {
	const chrono = await import('chrono-node');
	const ref = new Date(2017, 0, 1);
	run = (t) => {
		dates += chrono.parse(t, ref).length;
		// chrono finds dates only; count digit runs as its "numbers"
		numbers += (t.match(/\d[\d,.]*/g) || []).length;
	};
} else {
	console.error(`unknown tool '${tool}'`);
	process.exit(2);
}
const t0 = process.hrtime.bigint();
for (const t of texts)
	run(t);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`tool=${tool} docs=${texts.length} bytes=${bytes} secs=${secs.toFixed(3)} numbers=${numbers} dates=${dates}`);
