import { extractPlainText } from '../src-main/import/extract-text';
const ARTICLE = [
    '人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它反过来又抑制了燃烧，这是一种很常见的现象。',
    '当今中国最流行的是什么主义？有人回答说是犬儒主义，这个回答听上去像玩笑，其实并不是玩笑，而是一个认真的判断。',
  ];
const t = ['中华网', '比赛革命的革命', '胡平', '——对文化革命的政治心理学分析', '一、理解文革的一个重要内容', ...ARTICLE].join('\n\n');
console.log(extractPlainText(t, { fileName: 'page.txt' }).title);
