import { CliError } from './errors';

/** Where a file name is shown: the name as the user typed it, or “stdin”. */
export function fileLabel(file: string): string {
  return file === '-' ? 'stdin' : file;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The text of a file that must be UTF-8: a UTF-8 byte order mark is dropped; UTF-16/UTF-32
 * (with a byte order mark, or NUL bytes that betray them) and any byte sequence that is not
 * UTF-8 (Windows-1258, TCVN3, VNI…) are refused with a message naming the file and the line,
 * never decoded into garbled text. An empty file (or one of blanks only) is refused too.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const name = fileLabel(file);
  const empty = new CliError({
    vi: `Tệp ${name} trống: không có dữ liệu nào.`,
    en: `The file ${name} is empty: there is no data in it.`,
  });
  if (bytes.length === 0) throw empty;
  const b0 = bytes[0];
  const b1 = bytes[1];
  const saveAs = {
    vi: 'Hãy lưu lại tệp với bảng mã UTF-8 (trong Excel: Lưu thành › “CSV UTF-8 (Comma delimited)”).',
    en: 'Save the file again as UTF-8 (in Excel: Save As › “CSV UTF-8 (Comma delimited)”).',
  };
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe)) {
    throw new CliError(
      { vi: `Tệp ${name} được mã hóa UTF-16/UTF-32, không phải UTF-8.`, en: `The file ${name} is encoded in UTF-16/UTF-32, not UTF-8.` },
      [],
      saveAs,
    );
  }
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) {
    throw new CliError(
      {
        vi: `Tệp ${name} chứa byte NUL (dòng ${lineAt(bytes, sample.indexOf(0))}): có lẽ là UTF-16 hoặc tệp nhị phân, không phải văn bản UTF-8.`,
        en: `The file ${name} contains NUL bytes (line ${lineAt(bytes, sample.indexOf(0))}): probably UTF-16 or a binary file, not UTF-8 text.`,
      },
      [],
      saveAs,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const line = lineAt(bytes, at);
    throw new CliError(
      {
        vi: `Tệp ${name} không phải UTF-8: byte thứ ${at + 1} (dòng ${line}) không đọc được; có lẽ tệp dùng bảng mã Windows-1258, TCVN3 (ABC) hoặc VNI. Không đọc tiếp để tránh sai lệch chữ tiếng Việt.`,
        en: `The file ${name} is not UTF-8: byte ${at + 1} (line ${line}) cannot be read; the file is probably in Windows-1258, TCVN3 (ABC) or VNI. It is not read further, so that no Vietnamese text is garbled.`,
      },
      [],
      saveAs,
    );
  }
  if (text.trim() === '') throw empty;
  return text;
}
