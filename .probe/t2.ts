import { titleIsSiteName } from '../src-main/import/text/headline-above';
import { extractPlainText } from '../src-main/import/extract-text';
const text = [
      'Spiced Honey Pear Jam Recipe | The Jam Blog',
      ...Array.from({ length: 40 }, (_, i) => `Menu item ${i}`),
      'Spiced Honey Pear Jam Recipe',
      'The pears were ripe and the kitchen smelled of cinnamon all afternoon, so we made jam, a lot of it. '.repeat(3),
      'We cooked them slowly with honey, a stick of cinnamon and two cloves until the pot was thick. '.repeat(3),
    ];
console.log(titleIsSiteName(text, 'Spiced Honey Pear Jam Recipe'));
console.log(extractPlainText(text.join('\n\n'), { fileName: 'jam.txt' }).title);
