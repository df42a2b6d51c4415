/**
 * A one-page PDF whose text layer holds `text`, Chinese included, written by hand so that no PDF library
 * is needed. Text is shown in a Type0 font with Identity-H encoding (two bytes a character) and a ToUnicode
 * map that sends every code to the same Unicode value: a text extractor reads the characters back exactly.
 * No font is embedded, so a viewer draws fallback glyphs; only the text layer matters here.
 */
export function minimalPdf(lines: string[]): Buffer {
  const show = lines
    .map((line, index) => `1 0 0 1 50 ${750 - 20 * index} Tm <${utf16Hex(line)}> Tj`)
    .join("\n");
  const content = `BT /F1 12 Tf\n${show}\nET`;
  const toUnicode = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    "1 beginbfrange <0000> <FFFF> <0000> endbfrange",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /Fallback /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    stream(content),
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fallback /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /CIDToGIDMap /Identity >>",
    stream(toUnicode),
    "<< /Type /FontDescriptor /FontName /Fallback /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Everything above is ASCII (the Chinese travels as hex), so string offsets are byte offsets.
  return Buffer.from(pdf, "latin1");
}

function stream(body: string): string {
  return `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
}

function utf16Hex(text: string): string {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, "0")).join(
    "",
  );
}
