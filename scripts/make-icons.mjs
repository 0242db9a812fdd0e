// Renders resources/icon.svg into every icon file the installers need, and writes the Windows
// (.ico) and macOS (.icns) containers by hand: both accept embedded PNG, so a few bytes of header
// per image replace an image-tool dependency. Outputs are committed; run again (`npm run icons`)
// only after changing the SVG.
//
//   resources/icon.png        1024 px, also the window icon on Linux
//   resources/icons/NxN.png   16…512 px, the Linux icon theme set (AppImage, deb)
//   resources/icon.ico        16…256 px, Windows executable and NSIS installer
//   resources/icon.icns       16…1024 px, macOS app bundle and dmg
//
// Rasterizing uses the system Chromium through Playwright (CHROMIUM_PATH overrides the path).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// PNG-capable ICNS element types (Apple's naming: ic11 is 16 pt at 2x, and so on).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

async function renderPngs(svg, sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      // Each size is rendered from the vector source rather than scaled down from 1024 px,
      // so small icons stay crisp.
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('#icon').evaluate((img) => img.decode());
      pngs.set(
        size,
        await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
      );
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** ICONDIR + ICONDIRENTRYs, then the PNG streams; a 256 px side is written as 0. */
function buildIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** "icns" + total length, then per element: 4-byte type, length including its 8-byte header, PNG. */
function buildIcns(elements) {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const svg = await readFile(join(resources, 'icon.svg'), 'utf8');
const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size), 1024])];
const pngs = await renderPngs(svg, sizes);

await writeFile(join(resources, 'icon.png'), pngs.get(1024));
await mkdir(join(resources, 'icons'), { recursive: true });
for (const size of LINUX_SIZES) {
  await writeFile(join(resources, 'icons', `${size}x${size}.png`), pngs.get(size));
}
await writeFile(
  join(resources, 'icon.ico'),
  buildIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
);
await writeFile(
  join(resources, 'icon.icns'),
  buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
);

console.log(
  `Gloss icons written to ${resources}: icon.png, icons/{${LINUX_SIZES.join(',')}}, icon.ico, icon.icns`,
);
