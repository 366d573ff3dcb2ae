/**
 * Plan texts built to make a parser slow or fail: long runs of blanks and
 * punctuation wherever the plan's readers look (the header, the legal bases,
 * a task, the closing), runs of lines that all continue one paragraph, a
 * paragraph hard-wrapped over thousands of lines, numbering nested thousands
 * deep, and more numbered items than a plan has. `test/plan-parser-hostile-input.test.ts`
 * proves each is read in linear time or refused, saying which limit it met;
 * `npm run fuzz` sends them as uploads.
 */

/** Characters whose long runs the readers' patterns see: blanks, punctuation, marks that open or close something. */
const RUN_CHARACTERS = [" ", "\t", ".", ",", ";", ":", "|", "*", "#", "-", "(", ")", "_", "/", "\u00A0", "1", "a", "Đ"];

/** An administrative document's header in two columns, as a Word table reaches the parser. */
const HEADER = [
  "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc",
  "Số: 12/KH-UBND | Gia Lai, ngày 15 tháng 01 năm 2019",
].join("\n");

/** Places in a plan (a Gia Lai-like text) where a run goes: the header, a basis, a task title, a task field, the closing. */
const PLACES: { name: string; anchor: RegExp; replace: (match: string, run: string) => string }[] = [
  { name: "header", anchor: /Số: ?[^\n]*/, replace: (m, run) => `${m}${run}x` },
  { name: "legal basis", anchor: /Căn cứ [^\n]*/, replace: (m, run) => `${m.slice(0, 40)}${run}${m.slice(40)}` },
  { name: "task title", anchor: /\n1\. [^\n]*/, replace: (m, run) => `${m}${run}(x)` },
  { name: "task field", anchor: /Cơ quan chủ trì:[^\n]*/, replace: (m, run) => `${m}${run}, Sở Ngoại vụ` },
  { name: "own line", anchor: /\nII\. [^\n]*/, replace: (m, run) => `${m}\n${run}x\n` },
  { name: "closing", anchor: /Nơi nhận:?/, replace: (m, run) => `${run}x\n${m}` },
];

export interface HostileText {
  name: string;
  text: string;
}

/**
 * Hostile variants of `plan` (a plan's text, e.g. the Gia Lai demo document),
 * each at most `size` characters longer than it.
 */
export function hostilePlanTexts(document: string, size = 250_000): HostileText[] {
  const plan = /^\s*Số:/mu.test(document) ? document : `${HEADER}\n${document}`;
  const out: HostileText[] = [];
  for (const place of PLACES) {
    const anchor = place.anchor.exec(plan);
    if (!anchor) continue;
    for (const character of RUN_CHARACTERS) {
      const run = character.repeat(size);
      out.push({
        name: `a run of ${JSON.stringify(character)} in the ${place.name}`,
        text: plan.replace(place.anchor, (m) => place.replace(m, run)),
      });
    }
    // runs that mix the characters a trailing-punctuation pattern strips
    out.push({
      name: `a mixed run of ". , ; :" in the ${place.name}`,
      text: plan.replace(place.anchor, (m) => place.replace(m, ". , ; : ".repeat(size / 8))),
    });
    out.push({
      name: `a mixed run of " #" in the ${place.name}`,
      text: plan.replace(place.anchor, (m) => place.replace(m, " #".repeat(size / 2))),
    });
  }
  const tasks = (lines: string[]) => plan.replace(/\nII\. [^\n]*/, (m) => `${m}\n${lines.join("\n")}\n`);
  out.push({
    name: "thousands of lines each continuing the paragraph before",
    text: tasks(["1. Việc", ...Array(size / 8).fill("và thêm")]),
  });
  out.push({ name: "a paragraph hard-wrapped over thousands of lines", text: wrappedPlan(plan, size) });
  out.push({
    name: "numbering nested two thousand deep",
    text: tasks(
      Array.from(
        { length: 2000 },
        (_, i) =>
          `${Array(i + 1)
            .fill("1")
            .join(".")} Việc`,
      ),
    ).slice(0, plan.length + size),
  });
  out.push({ name: "thirty thousand numbered tasks", text: tasks(Array.from({ length: 30_000 }, (_, i) => `${i + 1}. V`)) });
  out.push({ name: "a thousand and more tasks", text: tasks(Array.from({ length: 1_500 }, (_, i) => `${i + 1}. Việc thứ ${i + 1}`)) });
  out.push({ name: "a run of commas between legal bases", text: plan.replace("Căn cứ", `Căn cứ ${",".repeat(size)}`) });
  out.push({
    name: "thousands of run-on legal bases",
    text: plan.replace("Căn cứ", `Căn cứ ${"Nghị định số 1/2019/NĐ-CP, ".repeat(size / 28)}`),
  });
  return out;
}

/** The plan with one task whose text is `size` characters hard-wrapped at 80, as a PDF or e-mail copy wraps it. */
export function wrappedPlan(plan: string, size: number): string {
  const words = Array.from({ length: size / 7 }, (_, i) => `chữ${i % 10}`);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line.length + word.length + 1 > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return plan.replace(/\nII\. [^\n]*/, (m) => `${m}\n1. Nhiệm vụ ${lines.join("\n")}\n`);
}

export interface HostileFile {
  name: string;
  bytes: Buffer;
}

/**
 * One file of a zip archive, as `zipArchive` writes it: its name, its bytes
 * deflated, and the size its headers declare (a lie, when asked for).
 */
interface ZipPart {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
  declaredSize?: number;
}

/** A zip archive of deflated parts, written byte by byte (no library writes a zip that lies about its sizes). */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const size = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A part holding `text`, or `repeat` times one MB of `text` (streamed: nothing of that size is held in memory). */
async function zipPart(name: string, text: string, repeat = 0): Promise<ZipPart> {
  const zlib = await import("node:zlib");
  if (repeat === 0) {
    const bytes = Buffer.from(text, "utf8");
    return { name, deflated: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
  }
  const block = Buffer.alloc(1024 * 1024, text);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  for (let i = 0; i < repeat; i++) {
    crc = zlib.crc32(block, crc);
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  await new Promise((resolve) => deflate.end(resolve));
  return { name, deflated: Buffer.concat(out), crc, size: block.length * repeat };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/**
 * A Word file whose `word/document.xml` inflates to `megabytes` MB from a
 * few hundred KB: declaring its size honestly, or (`lie`) declaring 1 KB.
 */
export async function docxBomb(megabytes: number, lie = false): Promise<Buffer> {
  const document = await zipPart("word/document.xml", "a", megabytes);
  return zipArchive([await zipPart("[Content_Types].xml", CONTENT_TYPES), { ...document, declaredSize: lie ? 1024 : undefined }]);
}

/** A PNG whose header declares `width` × `height` pixels over 64 KB of zeros, deflated to a few hundred bytes: a decompression bomb for any decoder that believes it. */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const zlib = await import("node:zlib");
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(64 * 1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A TIFF whose one image directory names itself as the next: a reader that follows the chain never ends. */
function tiffLoop(): Buffer {
  const bytes = Buffer.alloc(8 + 2 + 12 + 4);
  bytes.write("II*\0", 0, "latin1");
  bytes.writeUInt32LE(8, 4);
  bytes.writeUInt16LE(1, 8);
  bytes.writeUInt16LE(256, 10);
  bytes.writeUInt16LE(3, 12);
  bytes.writeUInt32LE(1, 14);
  bytes.writeUInt16LE(100, 18);
  bytes.writeUInt32LE(8, 22);
  return bytes;
}

/** Hostile and malformed Word, PDF, HTML and picture files, each small enough to send through the gateway (under 700 KB). */
export async function hostilePlanFiles(): Promise<HostileFile[]> {
  const files: HostileFile[] = [
    { name: "a Word file inflating to 300 MB", bytes: await docxBomb(300) },
    { name: "a Word file inflating to 300 MB that declares 1 KB", bytes: await docxBomb(300, true) },
    { name: "an HTML page nested 120,000 deep", bytes: Buffer.from(`<html><body>${"<div>".repeat(120_000)}x</body></html>`) },
    { name: "an HTML page of 60,000 elements", bytes: Buffer.from(`<html><body>${"<b>x</b>".repeat(60_000)}</body></html>`) },
    {
      name: "an HTML line of 100,000 no-break spaces",
      bytes: Buffer.from(`<html><body><p>| ${"&nbsp;".repeat(100_000)}x</p></body></html>`),
    },
    { name: "an HTML page of unclosed tags", bytes: Buffer.from(`<html><body>${"<p><span><i>".repeat(20_000)}</body>`) },
    { name: "a PDF of a header and garbage", bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(50_000, 0x41)]) },
    {
      name: "a PDF of 55,000 objects",
      bytes: Buffer.from(`%PDF-1.4\n${Array.from({ length: 55_000 }, (_, i) => `${i + 1} 0 obj `).join("")}`),
    },
    {
      name: "a PDF nesting arrays 100,000 deep",
      bytes: Buffer.from(`%PDF-1.4\n1 0 obj\n${"[".repeat(100_000)}\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF`),
    },
    { name: "a zip that is not a Word file", bytes: zipArchive([await zipPart("word/document.xml.bak", "x")]) },
    { name: "a Word file cut short", bytes: (await docxBomb(1)).subarray(0, 400) },
    {
      name: "a Word file whose document is not XML",
      bytes: zipArchive([await zipPart("[Content_Types].xml", CONTENT_TYPES), await zipPart("word/document.xml", "<w:document><<<")]),
    },
    {
      name: "a Word file of 2,000 parts",
      bytes: zipArchive([
        await zipPart("word/document.xml", "<x/>"),
        ...(await Promise.all(Array.from({ length: 2_000 }, (_, i) => zipPart(`p/${i}.xml`, "x")))),
      ]),
    },
    { name: "text with NUL bytes", bytes: Buffer.from("KẾ HOẠCH\u0000\u0000\u0000II. NỘI DUNG\n1. x") },
  ];
  files.push({ name: "a PNG declaring 100,000 × 100,000 pixels", bytes: await pngDeclaring(100_000, 100_000) });
  files.push({ name: "a TIFF whose pages loop", bytes: tiffLoop() });
  const { PDFDocument } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 1_000; i++) pdf.addPage([10, 10]);
  files.push({ name: "a PDF of 1,000 empty pages", bytes: Buffer.from(await pdf.save()) });
  return files;
}
