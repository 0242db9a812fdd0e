/**
 * Pictures for the PDF screenshot: a Chinese notice printed to PDF by Chromium, a page of it
 * rendered by pdf.js in Chromium, and the two pictures side by side.
 */
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { REPO_ROOT } from '../app';
import { CHROMIUM_ARGS, chromiumPath } from '../shim/chromium';
import { printGovernmentNotices } from '../../../tools/documents/chromium-pdf';
import type { SourceText } from '../../../tools/documents/source-texts';

const PARAGRAPHS = [
  '为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务效能，更好满足企业和群众办事需求，经市人民政府同意，现就推进政务服务“一网通办”有关事项通知如下。',
  '一、总体要求',
  '坚持以人民为中心的发展思想，以企业和群众办事“减环节、减材料、减时限、减跑动”为目标，全面推行政务服务事项网上办理，推动线上线下深度融合，到2024年底，全市政务服务事项网上可办率达到百分之九十五以上，高频事项实现“一次不用跑”。',
  '二、重点任务',
  '各区、各部门要对本单位政务服务事项进行全面梳理，逐项明确办理条件、申请材料、办理流程和办结时限，编制标准化办事指南，并通过市政务服务平台统一公布。凡是能够通过数据共享获取的材料，一律不再要求申请人提供；凡是能够通过告知承诺办理的事项，一律实行告知承诺制。要依托全市统一的数据共享交换平台，加快推进电子证照、电子印章在政务服务中的应用，实现常用证照免于提交，切实减轻企业和群众负担。',
  '市政务服务管理部门要会同有关部门建立健全政务服务“好差评”制度，及时回应企业和群众诉求，对差评事项实行台账管理，限期整改到位，并将整改情况纳入年度绩效考核。',
  '三、保障措施',
  '各区、各部门要高度重视，主要负责同志亲自抓，分管负责同志具体抓，明确责任分工，细化工作措施，确保各项任务按期完成。市人民政府办公厅将适时组织督查，对工作推进不力的单位予以通报。',
];

export const NOTICE: SourceText = {
  id: 'notice',
  split: 'tune',
  title: '关于推进政务服务“一网通办”的通知',
  reference: '某府办发〔2024〕12号',
  datePrinted: '2024年3月1日',
  date: '2024-03-01',
  author: '某市人民政府办公厅',
  paragraphs: PARAGRAPHS.map((text) => ({ kind: text.length < 10 ? 'heading' : 'paragraph', text })),
};

export async function noticePdf(): Promise<Uint8Array> {
  return (await printGovernmentNotices([NOTICE]))[0];
}

/** Page `n` of the PDF at `path` as a PNG, rendered by pdf.js in Chromium. */
export async function renderPdfPage(path: string, n: number, width: number): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height: Math.round(width * 1.42) } });
    await page.goto(pathToFileURL(join(REPO_ROOT, 'tests/e2e/support/blank.html')).href);
    const lib = pathToFileURL(join(REPO_ROOT, 'node_modules/pdfjs-dist/build/pdf.mjs')).href;
    const worker = pathToFileURL(join(REPO_ROOT, 'node_modules/pdfjs-dist/build/pdf.worker.mjs')).href;
    const pdf = pathToFileURL(path).href;
    await page.evaluate(
      async ({ lib, worker, pdf, n, width }) => {
        const pdfjs = await import(lib);
        pdfjs.GlobalWorkerOptions.workerSrc = worker;
        const doc = await pdfjs.getDocument(pdf).promise;
        const p = await doc.getPage(n);
        const viewport = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        document.body.style.margin = '0';
        document.body.append(canvas);
        await p.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
      },
      { lib, worker, pdf, n, width },
    );
    return await page.locator('canvas').screenshot();
  } finally {
    await browser.close();
  }
}

/** Two PNGs side by side with captions, as one PNG. */
export async function sideBySide(
  left: Buffer,
  right: Buffer,
  captions: [string, string],
  out: string,
): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1900, height: 900 } });
    const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await page.setContent(`<body style="margin:0;background:#ddd;font:14px sans-serif">
      <div id="pair" style="display:flex;gap:16px;padding:16px;align-items:flex-start;width:max-content">
        <figure style="margin:0"><img src="${img(left)}" style="height:860px;box-shadow:0 1px 4px #0004"><figcaption>${captions[0]}</figcaption></figure>
        <figure style="margin:0"><img src="${img(right)}" style="height:860px;box-shadow:0 1px 4px #0004"><figcaption>${captions[1]}</figcaption></figure>
      </div></body>`);
    await page.locator('#pair').screenshot({ path: out });
  } finally {
    await browser.close();
  }
}
